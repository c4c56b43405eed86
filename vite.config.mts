import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Absolute, so the build works from any working directory (scripts/build.mjs passes this file).
const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('renderer', import.meta.url)),
  // Relative URLs: the bundle is served from app:// in Electron and from / by the browser host.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Never inline assets as data: URIs, so the strict CSP (default-src 'self') holds for fonts too.
    assetsInlineLimit: 0,
  },
  // The renderer imports types and constants from electron/core/contract.ts, outside the Vite root.
  server: { fs: { allow: [repoRoot] } },
});
