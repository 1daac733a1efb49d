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
      const size = (fileName: string) => {
        const chunk = bundle[fileName];
        return chunk?.type === 'chunk' ? new TextEncoder().encode(chunk.code).length : 0;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // The entry and every chunk it imports statically: all of it loads before the first screen.
        const atOnce = new Set<string>([chunk.fileName]);
        for (const name of atOnce) {
          const next = bundle[name];
          if (next?.type === 'chunk') for (const imported of next.imports) atOnce.add(imported);
        }
        const kb = [...atOnce].reduce((sum, name) => sum + size(name), 0) / 1000;
        if (kb > limitKb)
          this.error(
            `The entry chunk ${chunk.fileName} and what it loads at once come to ${kb.toFixed(1)} kB, over the limit of ${limitKb} kB: load what the first screen does not need with import().`,
          );
      }
    },
  };
}
