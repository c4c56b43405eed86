// Where the CLI, the browser host and the tests find a Chromium to print with, and what they say when there is none.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumCandidates, createChromiumPrinter, findChromium } from '../../electron/chromium-printer';

const only = (file: string) => (p: string) => p === file;

describe('findChromium', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes VETTER_CHROMIUM first', () => {
    expect(findChromium({ VETTER_CHROMIUM: '/opt/chrome/chrome' }, 'linux', only('/opt/chrome/chrome'))).toBe('/opt/chrome/chrome');
  });

  it('says so when VETTER_CHROMIUM names a file that is not there', () => {
    expect(() => findChromium({ VETTER_CHROMIUM: '/nowhere/chrome' }, 'linux', () => false)).toThrow(
      'VETTER_CHROMIUM is set to "/nowhere/chrome", but there is no file there. Set it to the path of Chrome, Edge or Chromium.',
    );
  });

  it('finds the Debian Chromium, then Chrome and Edge where they usually are', () => {
    expect(findChromium({}, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'linux', only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, 'darwin', only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'))).toBe(
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chromiumCandidates('win32', { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })).toContain(edge);
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32', only(edge))).toBe(edge);
  });

  it('returns null when there is none', () => {
    expect(findChromium({}, 'linux', () => false)).toBeNull();
  });

  it('makes the printer refuse to start with a message that says what to do', () => {
    vi.spyOn(fs, 'existsSync').mockReturnValue(false);
    vi.stubEnv('VETTER_CHROMIUM', '');
    expect(() => createChromiumPrinter()).toThrow('Set VETTER_CHROMIUM to the path of Chrome, Edge or Chromium');
    vi.unstubAllEnvs();
  });
});
