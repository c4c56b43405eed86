// Prints report HTML to PDF with the machine's own Chromium, Chrome or Edge through playwright-core: the printer
// of the CLI, the browser host, tests and benchmarks. (The desktop app prints in a hidden window of its own:
// electron/main/report-printer.ts.) One browser stays open between reports; each report gets a fresh page.
import fs from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { VetterError } from './core/errors';
import { PDF_OPTIONS, type PdfPrinter } from './core/reports/printer';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where Chromium-family browsers are usually installed, most likely first. */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((r) => [
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/** VETTER_CHROMIUM when set, otherwise the first installed candidate; null when there is none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): string | null {
  const chosen = env.VETTER_CHROMIUM;
  if (chosen) {
    if (!exists(chosen)) throw new VetterError('internal', `VETTER_CHROMIUM is set to "${chosen}", but there is no file there. Set it to the path of Chrome, Edge or Chromium.`);
    return chosen;
  }
  return chromiumCandidates(platform, env).find((p) => exists(p)) ?? null;
}

function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    throw new VetterError(
      'internal',
      'Reports are printed with Chrome, Edge or Chromium, and none was found on this computer. Set VETTER_CHROMIUM to the path of Chrome, Edge or Chromium, or install one of them.',
    );
  }
  return found;
}

export function createChromiumPrinter(executablePath: string = requireChromium()): PdfPrinter {
  let context: Promise<BrowserContext> | null = null;
  // A blank page opened ahead for the next report: opening one is a good part of a warm print's time.
  let spare: Promise<Page> | null = null;

  async function start(): Promise<BrowserContext> {
    const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
    browser.on('disconnected', () => {
      context = null;
      spare = null;
    });
    const ctx = await browser.newContext({ offline: true });
    // A report is self-contained: any request its page makes is refused (data: URLs never reach the network).
    await ctx.route('**/*', (route) => route.abort());
    return ctx;
  }

  return {
    async print(html) {
      context ??= start().catch((err: unknown) => {
        context = null;
        throw err;
      });
      const ctx = await context;
      // Taken and replaced in one step, so two reports printing at once never share a page.
      const taken = spare ?? ctx.newPage();
      spare = ctx.newPage();
      spare.catch(() => undefined); // it goes with the browser if the browser goes first
      const page = await taken;
      try {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return await page.pdf({ ...PDF_OPTIONS });
      } finally {
        await page.close();
      }
    },
    async close() {
      const starting = context;
      context = null;
      const ctx = await starting?.catch(() => null);
      await ctx?.browser()?.close();
    },
  };
}
