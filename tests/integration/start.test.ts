// `npm start` on a machine where no Electron binary can be had: it says so in one line, with the address, and serves
// the app from the browser host. The download is tried on the first launch only; later launches remember it failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../built';
import { ROOT, tempDir } from '../helpers';

const URL_LINE = /Vetter is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

beforeAll(buildIfStale, 300_000);

/** Runs `npm start` until it prints the address; returns the address and every line printed (npm's own "> ..." aside). */
async function npmStart(env: NodeJS.ProcessEnv): Promise<{ url: string; lines: string[]; stop(): void }> {
  const child = spawn('npm', ['start', '--', '--no-open', '--port', '0', '--data-dir', tempDir()], { cwd: ROOT, detached: true, env: { ...process.env, ...env } });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 150 s:\n${output}`)), 150_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = URL_LINE.exec(output);
        if (match && output.endsWith('\n')) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`npm start exited (${code}) early:\n${output}`)));
    });
    return { url, lines: output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('> ')), stop };
  } catch (err) {
    stop();
    throw err;
  }
}

describe('npm start without Electron', () => {
  it('tries the download once, then says in one line that Electron is not available and where Vetter runs', async () => {
    // An unreachable mirror and an empty cache: the Electron download fails as it would offline. The failure is
    // remembered in a folder of this test's own.
    const env = { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: tempDir(), ELECTRON_GET_USE_PROXY: '', VETTER_CACHE_DIR: tempDir() };

    const first = await npmStart(env);
    try {
      // Output is not a terminal here, so the note about the download stays as a line of its own.
      expect(first.lines).toHaveLength(2);
      expect(first.lines[0]).toBe('Fetching the Electron runtime (first launch only)...');
      expect(first.lines[1]).toMatch(/^Electron is not available here \(its download from 127\.0\.0\.1:9 failed: .+\); Vetter is running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+ \(open it in your browser\)\. Ctrl\+C stops it\.$/);
      await expectServed(first.url);
    } finally {
      first.stop();
    }
    expect(JSON.parse(fs.readFileSync(path.join(env.VETTER_CACHE_DIR, 'electron-fetch.json'), 'utf8')).failures).toBeDefined();

    const second = await npmStart(env);
    try {
      expect(second.lines).toHaveLength(1);
      expect(second.lines[0]).toMatch(/^Electron is not available here \(its download from 127\.0\.0\.1:9 failed on \d{4}-\d\d-\d\d: .+; VETTER_FETCH_ELECTRON=1 tries again\); Vetter is running at \S+ \(open it in your browser\)\. Ctrl\+C stops it\.$/);
      expect(second.lines[0]).not.toMatch(/first launch/);
      await expectServed(second.url);
    } finally {
      second.stop();
    }
  }, 360_000);

  it('with VETTER_BROWSER=1, goes straight to the browser host and says only where Vetter runs', async () => {
    const started = await npmStart({ VETTER_BROWSER: '1', VETTER_CACHE_DIR: tempDir() });
    try {
      expect(started.lines).toEqual([expect.stringMatching(/^Vetter is running at \S+ \(open it in your browser\)\. Ctrl\+C stops it\.$/)]);
    } finally {
      started.stop();
    }
  }, 180_000);
});

/** The launch link opens the page with its session token in it; the page's script loads; the API answers with the token. */
async function expectServed(url: string): Promise<void> {
  const page = await fetch(url, { redirect: 'manual' });
  expect(page.status).toBe(200);
  expect(page.headers.get('set-cookie')).toBeNull();
  const html = await page.text();
  expect(html).toMatch(/<title>Vetter<\/title>/);
  const session = /<meta name="vetter-session" content="([^"]+)">/.exec(html)?.[1];
  expect(session).toBeDefined();
  const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  expect((await fetch(new URL(`/${script}`, url))).status).toBe(200);
  const info = await fetch(new URL('/api/invoke', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-vetter-token': session! }, body: JSON.stringify({ method: 'app.info', input: {} }) });
  expect(((await info.json()) as { ok: boolean }).ok).toBe(true);
}
