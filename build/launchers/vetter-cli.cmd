@echo off
:: vetter-cli.cmd: Vetter's command line, from the installed app (no Node or npm needed). It sits beside Vetter.exe
:: and runs it in CLI mode (--cli), which opens no window. Example: vetter-cli vendors list --format csv
:: Vetter.exe is a windowed program: it writes to this console (or to the file or pipe its output is redirected to),
:: and, run from this script, the console waits for it and gets its exit code, as with any console program.
setlocal
"%~dp0Vetter.exe" --cli -- %*
exit /b %ERRORLEVEL%
