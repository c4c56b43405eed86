// `npm start` on a machine where no Electron binary can be had: it says so and serves the app from the browser host.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers';

describe('npm start without Electron', () => {
  it('falls back to the browser host, which serves the app', async () => {
    const cache = tempDir();
    const child = spawn('npm', ['start', '--', '--no-open', '--port', '0', '--data-dir', tempDir()], {
      cwd: ROOT,
      detached: true,
      // An unreachable mirror and an empty cache: the Electron download fails as it would offline.
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache, ELECTRON_GET_USE_PROXY: '' },
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 150 s:\n${output}`)), 150_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Vetter is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`npm start exited (${code}) early:\n${output}`)));
      });
      expect(output).toMatch(/Electron is not available here \(.+\); opening Vetter in your browser instead\./);
      const login = await fetch(url, { redirect: 'manual' });
      expect(login.status).toBe(302);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<title>Vetter<\/title>/);
      const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(new URL(`/${script}`, url), { headers: { cookie } })).status).toBe(200);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  }, 180_000);
});
