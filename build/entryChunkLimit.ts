import type { Plugin } from 'vite';

/** The largest entry chunk the renderer may ship, in kB of 1,000 bytes as Vite reports them. */
export const ENTRY_CHUNK_LIMIT_KB = 500;

/**
 * Fails the build when an entry chunk (the script the first screen waits for) is over
 * the limit: what only some pages need (the unlocked app, the import parsers) loads
 * with `import()`, and the PDF code with its worker. Vite only warns, and only once.
 */
export function entryChunkLimit(limitKb: number = ENTRY_CHUNK_LIMIT_KB): Plugin {
  return {
    name: 'clinic-assessor:entry-chunk-limit',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const kb = new TextEncoder().encode(chunk.code).length / 1000;
        if (kb > limitKb)
          this.error(
            `The entry chunk ${chunk.fileName} is ${kb.toFixed(1)} kB, over the limit of ${limitKb} kB: load what the first screen does not need with import().`,
          );
      }
    },
  };
}
