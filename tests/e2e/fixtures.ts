// Per-test browser host: a fresh data folder, `node dist/electron/host.cjs` on a free port, and a page
// opened from the launch link it prints (which works once, and gives the page its session token). Needs `npm run build` first.
// A test on a team workspace starts its hosts with workspaceHost (one per user) and opens their pages with openVetter.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const ROOT = path.resolve(__dirname, '../..');
const HOST_SCRIPT = path.join(ROOT, 'dist/electron/host.cjs');
const URL_LINE = /Vetter is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

export interface Host {
  /** The launch link, token included. */
  launchUrl: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  dataDir: string;
  /** A scratch folder for files the test writes (imports) or receives (downloads). */
  workDir: string;
  /** Stops the host early, as if Vetter's engine had died. */
  stop: () => Promise<void>;
}

/** `where`: `['--data-dir', DIR]` or `['--workspace', URL]`. */
function startHost(where: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; launchUrl: string }> {
  if (!fs.existsSync(HOST_SCRIPT)) throw new Error(`${HOST_SCRIPT} is missing: run "npm run build" before the e2e tests.`);
  const child = spawn(process.execPath, [HOST_SCRIPT, ...where, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The host printed no URL within 20 s:\n${output}`)), 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, launchUrl: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`The host exited (code ${code}) before it was ready:\n${output}`)));
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-e2e-'));
    const dataDir = path.join(root, 'data');
    const workDir = path.join(root, 'work');
    fs.mkdirSync(dataDir);
    fs.mkdirSync(workDir);
    const { child, launchUrl } = await startHost(['--data-dir', dataDir]);
    try {
      await use({ launchUrl, origin: new URL(launchUrl).origin, dataDir, workDir, stop: () => stopHost(child) });
    } finally {
      await stopHost(child);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },

  page: async ({ page, host }, use) => {
    const checked = await openVetter(page, host);
    await use(page);
    checked();
  },
});

/**
 * Opens Vetter in `page` from the host's launch link, on an empty workspace; the function returned fails the test if
 * the app threw or requested anything outside its own origin meanwhile (the app is offline by design: fonts are
 * bundled too). Every test's page is opened so.
 */
export async function openVetter(page: Page, host: Pick<Host, 'launchUrl' | 'origin'>): Promise<() => void> {
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Console errors catch what throws nowhere, such as a CSP refusal. Failed requests are left out:
  // the browser logs one for every refused or unreachable call, which some tests cause on purpose.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(host.origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  await page.goto(host.launchUrl);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // Opening Vetter picks its first page from the vendor count: wait for that choice, so that a vendor a test
  // adds through the API straight away cannot land a fresh data folder on the dashboard instead.
  await expect(page).toHaveURL(/#\/vendors$/, { timeout: 30_000 });
  return () => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(foreignRequests, 'requests outside the app').toEqual([]);
  };
}

/**
 * A browser host on a team workspace (`--workspace URL`, the login and password in it), its local folder (uploads in
 * flight) in a scratch folder of its own. Stop it when done.
 */
export async function workspaceHost(url: string): Promise<Pick<Host, 'launchUrl' | 'origin' | 'stop'>> {
  const local = fs.mkdtempSync(path.join(os.tmpdir(), 'vetter-e2e-'));
  const { child, launchUrl } = await startHost(['--workspace', url], { ...process.env, XDG_CONFIG_HOME: local });
  return {
    launchUrl,
    origin: new URL(launchUrl).origin,
    stop: async () => {
      await stopHost(child);
      fs.rmSync(local, { recursive: true, force: true });
    },
  };
}

export { expect };

/**
 * A full-page screenshot in test-results/screenshots/<name>.png, for people to look at. The window is
 * made as tall as the page first, so the sticky sidebar and toasts sit where a tall window shows them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const viewport = page.viewportSize();
  // An open dialog scrolls inside itself: make room for all of it too.
  const height = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollHeight,
      ...[...document.querySelectorAll('dialog[open]')].map((dialog) => {
        const body = dialog.querySelector('.dialog-body');
        return dialog.getBoundingClientRect().height + (body ? body.scrollHeight - body.clientHeight : 0) + 80;
      }),
    ),
  );
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  // Let fonts, layout and the last transition settle so the picture shows what a person sees.
  await page.waitForTimeout(250);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
}

/** A screenshot of one part of the page (a section, a panel) in test-results/screenshots/<name>.png. */
export async function partScreenshot(part: Locator, name: string): Promise<void> {
  await part.page().evaluate(() => document.fonts.ready);
  await part.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * A picture the README shows: the window as it is (1440 x 900), as docs/screenshots/<name>.png when the run sets
 * VETTER_SCREENSHOTS=1 (`npm run screenshots`), otherwise as test-results/readme-screenshots/<name>.png, so that
 * `npm test` never changes a tracked file.
 */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const dir = process.env.VETTER_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : path.join(ROOT, 'test-results/readme-screenshots');
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The vendor count in "Showing N of M vendors". */
export async function vendorTotal(page: Page): Promise<number> {
  const text = (await page.getByText(/^Showing [\d,]+ of [\d,]+ vendors?$/).textContent()) ?? '';
  const match = /of ([\d,]+)/.exec(text);
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : 0;
}

/** A core call from the page, with its own session token (setup only; what is checked is what the page shows). */
export async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ([m, i]) => {
      const headers = { 'Content-Type': 'application/json', 'X-Vetter-Token': sessionStorage.getItem('vetter-session') ?? '' };
      return (await fetch('/api/invoke', { method: 'POST', headers, body: JSON.stringify({ method: m, input: i }) })).json();
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** A file handed to the host as a file picker would (setup only). */
export async function upload(page: Page, name: string, text: string): Promise<{ ref: string; name: string }> {
  const envelope = await page.evaluate(
    async ([n, t]) => {
      const headers = { 'X-Vetter-Token': sessionStorage.getItem('vetter-session') ?? '' };
      return (await fetch(`/api/files?name=${encodeURIComponent(n)}`, { method: 'POST', headers, body: t })).json();
    },
    [name, text] as const,
  );
  return envelope.value;
}
