/**
 * Copies text for the user. The desktop app grants the page no permissions, so the asynchronous clipboard can
 * refuse; copying the selection of a scratch text area (a user gesture) works everywhere.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const returnFocus = document.activeElement;
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'visually-hidden';
    document.body.append(scratch);
    scratch.select();
    const copied = document.execCommand('copy');
    scratch.remove();
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
    return copied;
  }
}
