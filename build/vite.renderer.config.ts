import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { entryChunkLimit } from './entryChunkLimit.ts';

/** The renderer's build, kept in build/ so that renderer/ itself holds only browser code. */
const root = path.join(import.meta.dirname, '..', 'renderer');
const pkg = JSON.parse(readFileSync(path.join(root, '..', 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root,
  base: './',
  plugins: [react(), entryChunkLimit()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // The workers are modules (type: 'module'), so their import()s split into chunks of their own:
  // the report worker loads docx only for a Word report.
  worker: { format: 'es' },
  build: {
    outDir: path.join(root, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Inline nothing: the CSP forbids data: scripts and inline styles.
    assetsInlineLimit: 0,
  },
});
