import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

// Loaded by URL: build/ is Node build code, outside the typed projects.
const pluginUrl = pathToFileURL(
  path.resolve(import.meta.dirname, '..', '..', '..', 'build', 'entryChunkLimit.ts'),
).href;
const { entryChunkLimit } = (await import(/* @vite-ignore */ pluginUrl)) as {
  entryChunkLimit: (limitKb?: number) => Plugin;
};

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A real Vite build of a page whose script holds `kb` kB of text, loaded at once or with import(). */
async function buildPage(kb: number, lazily: boolean, secondPage = false): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'entry-chunk-'));
  // Random text: nothing for the minifier to shorten.
  const text = Array.from({ length: kb * 10 }, () => Math.random().toString(36).slice(2, 12).padEnd(100, 'x')).join('');
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  await writeFile(path.join(dir, 'heavy.js'), `export const heavy = ${JSON.stringify(text)};`);
  await writeFile(
    path.join(dir, 'main.js'),
    lazily
      ? `document.body.onclick = async () => { document.title = (await import('./heavy.js')).heavy.slice(0, location.hash.length); };`
      : `import { heavy } from './heavy.js';\ndocument.title = heavy.slice(0, location.hash.length);`,
  );
  // A second page importing the same code makes it a chunk of its own that the entry imports.
  if (secondPage) {
    await writeFile(path.join(dir, 'other.html'), '<!doctype html><script type="module" src="./other.js"></script>');
    await writeFile(
      path.join(dir, 'other.js'),
      `import { heavy } from './heavy.js';\ndocument.title = heavy.slice(1, 2);`,
    );
  }
  const { build } = await import('vite');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [entryChunkLimit(500)],
    build: {
      outDir: path.join(dir, 'dist'),
      emptyOutDir: true,
      rollupOptions: secondPage ? { input: [path.join(dir, 'index.html'), path.join(dir, 'other.html')] } : undefined,
    },
  });
  return path.join(dir, 'dist', 'assets');
}

describe('the entry chunk limit', () => {
  it('fails the build when the entry chunk is over 500 kB, naming the chunk and its size', async () => {
    await expect(buildPage(600, false)).rejects.toThrow(
      /The entry chunk assets\/index-[\w-]+\.js and what it loads at once come to 6\d\d\.\d kB, over the limit of 500 kB/,
    );
  });

  it('counts the chunks the entry imports statically: a small entry that loads 600 kB at once fails', async () => {
    await expect(buildPage(600, false, true)).rejects.toThrow(
      /The entry chunk assets\/(index|other)-[\w-]+\.js and what it loads at once come to 6\d\d\.\d kB/,
    );
  });

  it('passes when the same code loads with import(), and the entry is then small', async () => {
    const assets = await buildPage(600, true);
    const files = await readdir(assets);
    const entry = files.find((f) => f.startsWith('index-') && f.endsWith('.js'));
    expect(entry).toBeDefined();
    expect((await stat(path.join(assets, entry ?? ''))).size).toBeLessThan(10_000);
    expect(files.some((f) => f.startsWith('heavy-'))).toBe(true);
  });
});
