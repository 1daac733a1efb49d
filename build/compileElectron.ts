/** Bundles the main process and the preload script (a sandboxed preload must be one file). */
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

await build({
  entryPoints: {
    main: path.join(root, 'electron', 'main.ts'),
    preload: path.join(root, 'electron', 'preload.ts'),
  },
  outdir: path.join(root, 'dist', 'electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
});
