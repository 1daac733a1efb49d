import { describe, expect, it } from 'vitest';
import { importCycles, importEdges, readSources, sourceFiles } from '../support/importGraph';

/** The cycles among the given files, read from their text. */
const cyclesIn = (files: Record<string, string>) => importCycles(importEdges(new Map(Object.entries(files))));

describe('import cycles', () => {
  it('no module of shared/, renderer/ or electron/ imports itself through others (type imports count)', () => {
    const sources = readSources(sourceFiles(['shared', 'renderer', 'electron']));
    expect(importCycles(importEdges(sources))).toEqual([]);
  });
});

describe('the cycle finder catches what it must', () => {
  it('finds a circle of two files, a type import included', () => {
    expect(
      cyclesIn({
        'shared/a.ts': "import { b } from './b';\nexport const a = 1;",
        'shared/b.ts': "import type { A } from './a';\nexport const b = 2;",
      }),
    ).toEqual(['shared/a.ts → shared/b.ts → shared/a.ts']);
  });

  it('finds a longer circle across folders, through re-exports, index files, .js and .tsx names', () => {
    expect(
      cyclesIn({
        'renderer/app/App.tsx': "import { Page } from '../features/page';",
        'renderer/features/page/index.ts': "export * from './Page.js';",
        'renderer/features/page/Page.tsx': "import type { Props } from '../../app/App';",
        'renderer/features/other.ts': "import { Page } from './page';",
      }),
    ).toEqual([
      'renderer/app/App.tsx → renderer/features/page/index.ts → renderer/features/page/Page.tsx → renderer/app/App.tsx',
    ]);
  });

  it('names every circle once and the files a circle also takes in', () => {
    expect(
      cyclesIn({
        'a.ts': "import './b';\nimport './c';",
        'b.ts': "import './a';",
        'c.ts': "import './b';",
        'd.ts': "const e = await import('./e');",
        'e.ts': "import { d } from './d';",
        'f.ts': "import { f } from './f';",
      }),
    ).toEqual(['a.ts → b.ts → a.ts (the same circle also takes in c.ts)', 'd.ts → e.ts → d.ts', 'f.ts → f.ts']);
  });

  it('sees no circle in a chain, in package imports or in imports of missing files', () => {
    expect(
      cyclesIn({
        'a.ts': "import './b';\nimport { z } from 'zod';",
        'b.ts': "import './c';\nimport './missing';",
        'c.ts': "import { a } from 'a';",
      }),
    ).toEqual([]);
  });
});
