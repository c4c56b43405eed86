const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function hasCommandKey(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return IS_MAC ? event.metaKey : event.ctrlKey;
}

/** "Ctrl+K" or "⌘K", for titles and hints. */
export function shortcutLabel(key: string): string {
  return IS_MAC ? `⌘${key}` : `Ctrl+${key}`;
}

/** Whether a keystroke is text entry, so single-key shortcuts such as "/" must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
