/**
 * The renderer's layers, lowest last: the shell (app/, main.tsx) → features/<area>/ →
 * components/, hooks/, session/, routing/, clock/, db/, workers/, platform/. Imports go
 * down only; a feature reaches another only through its index.ts (the shell, on top,
 * imports the pages themselves); db/ is the only code
 * that touches Dexie, and db/settings.ts the only code that touches the settings table.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collectImports } from '../support/importBoundaries';

const root = path.resolve(import.meta.dirname, '..', '..');
const LOWER = ['components', 'hooks', 'session', 'routing', 'clock', 'db', 'workers', 'platform'];
/** What db/ must not import: everything above it, and React. */
const ABOVE_DB = ['app', 'features', 'components', 'hooks', 'session', 'routing'];

/** The folder under renderer/ a path is in ('main.tsx' for the entry), and its feature when in features/. */
function place(file: string): { folder: string; feature?: string; rest: string[] } {
  const [top, folder = '', ...rest] = file.split('/');
  if (top !== 'renderer') return { folder: '', rest: [] };
  return folder === 'features' ? { folder, feature: rest[0], rest: rest.slice(1) } : { folder, rest };
}

function importViolations(file: string, text: string): string[] {
  const from = place(file);
  const problems: string[] = [];
  for (const use of collectImports(file, text)) {
    const at = `${file}:${use.line} imports ${use.specifier}`;
    if (from.folder === 'db' && /^(react|react-dom|dexie-react-hooks)(\/|$)/.test(use.specifier))
      problems.push(`${at}: db/ holds no React`);
    if (from.folder !== 'db' && /^dexie(\/|$)/.test(use.specifier)) problems.push(`${at}: only db/ touches Dexie`);
    if (!use.specifier.startsWith('.')) continue;
    const to = place(path.posix.join(path.posix.dirname(file), use.specifier));
    if (to.folder === 'app' && from.folder !== 'app' && from.folder !== 'main.tsx')
      problems.push(`${at}: only main.tsx imports the shell`);
    if (to.folder === 'features' && LOWER.includes(from.folder))
      problems.push(`${at}: ${from.folder}/ is below the features`);
    if (from.folder === 'db' && ABOVE_DB.includes(to.folder)) problems.push(`${at}: db/ is below ${to.folder}/`);
    const intoOtherFeature = from.folder === 'features' && to.folder === 'features' && to.feature !== from.feature;
    if (intoOtherFeature && !(to.rest.length === 0 || (to.rest.length === 1 && to.rest[0] === 'index')))
      problems.push(`${at}: another feature is reached only through its index.ts`);
  }
  return problems;
}

const DEXIE_TABLE_ACCESS = new Set(['settings', 'rows', 'table', 'tables', 'transaction']);

/** `db.rows(…)`, `session.db.settings`, `vault.db.transaction(…)` and the like, outside db/; `….settings.get(…)` outside db/settings.ts. */
function databaseAccessViolations(file: string, text: string): string[] {
  const inDb = place(file).folder === 'db';
  if (inDb && file === 'renderer/db/settings.ts') return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const isDb = (e: ts.Expression) =>
    (ts.isIdentifier(e) && e.text === 'db') || (ts.isPropertyAccessExpression(e) && e.name.text === 'db');
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (!inDb && DEXIE_TABLE_ACCESS.has(name) && isDb(node.expression))
        problems.push(`${file}:${lineOf(node)} uses ${node.getText()}: go through a db/ function`);
      const inner = node.expression;
      if (inDb && ts.isPropertyAccessExpression(inner) && inner.name.text === 'settings' && isDb(inner.expression))
        problems.push(`${file}:${lineOf(node)} uses ${node.getText()}: settings go through db/settings.ts`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

export function rendererLayerViolations(file: string, text: string): string[] {
  return [...importViolations(file, text), ...databaseAccessViolations(file, text)];
}

async function rendererSources(): Promise<string[]> {
  const names = await readdir(path.join(root, 'renderer'), { recursive: true });
  return names
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => `renderer/${name.split(path.sep).join('/')}`);
}

describe('renderer layers', () => {
  it('imports go down, features meet through their index, and only db/ touches the database', async () => {
    const problems: string[] = [];
    const files = await rendererSources();
    expect(files).toEqual(
      expect.arrayContaining(['renderer/main.tsx', 'renderer/app/Shell.tsx', 'renderer/db/settings.ts']),
    );
    for (const file of files)
      problems.push(...rendererLayerViolations(file, await readFile(path.join(root, file), 'utf8')));
    expect(problems).toEqual([]);
  });
});

describe('the renderer layer checks catch what they must', () => {
  it('lets only main.tsx (and the shell itself) import the shell', () => {
    const text = "import { App } from '../app/App';";
    expect(rendererLayerViolations('renderer/main.tsx', "import { App } from './app/App';")).toEqual([]);
    expect(rendererLayerViolations('renderer/app/Shell.tsx', "import { MainNav } from './MainNav';")).toEqual([]);
    expect(rendererLayerViolations('renderer/components/X.tsx', text)).toEqual([
      'renderer/components/X.tsx:1 imports ../app/App: only main.tsx imports the shell',
    ]);
    expect(
      rendererLayerViolations('renderer/features/clinics/X.tsx', "import { Shell } from '../../app/Shell';"),
    ).toEqual(['renderer/features/clinics/X.tsx:1 imports ../../app/Shell: only main.tsx imports the shell']);
  });

  it('flags a lower layer importing a feature', () => {
    for (const folder of LOWER)
      expect(
        rendererLayerViolations(`renderer/${folder}/x.ts`, "import { ClinicsPage } from '../features/clinics';"),
      ).toEqual(
        expect.arrayContaining([
          `renderer/${folder}/x.ts:1 imports ../features/clinics: ${folder}/ is below the features`,
        ]),
      );
  });

  it('lets a feature reach another only through its index', () => {
    const file = 'renderer/features/exchange/X.tsx';
    expect(rendererLayerViolations(file, "import { newLink } from '../inventory';")).toEqual([]);
    expect(rendererLayerViolations(file, "import { newLink } from '../inventory/index';")).toEqual([]);
    expect(rendererLayerViolations(file, "import { editorText } from './conflictEditor';")).toEqual([]);
    expect(rendererLayerViolations(file, "import { newLink } from '../inventory/inventoryKinds';")).toEqual([
      `${file}:1 imports ../inventory/inventoryKinds: another feature is reached only through its index.ts`,
    ]);
    expect(
      rendererLayerViolations(
        'renderer/features/findings/F.tsx',
        "import { R } from '../topology/ReachabilitySection';",
      ),
    ).toEqual([
      'renderer/features/findings/F.tsx:1 imports ../topology/ReachabilitySection: another feature is reached only through its index.ts',
    ]);
    // The shell, on top, shows the pages themselves.
    expect(
      rendererLayerViolations('renderer/app/Shell.tsx', "import { P } from '../features/clinics/ClinicsPage';"),
    ).toEqual([]);
  });

  it('keeps React and the layers above out of db/, and Dexie inside it', () => {
    const text = [
      "import { useState } from 'react';",
      "import { Modal } from '../components/Modal';",
      "import { useSession } from '../session/SessionContext';",
      "import Dexie from 'dexie';",
      "import { seal } from '../../shared/crypto/aead';",
    ].join('\n');
    expect(rendererLayerViolations('renderer/db/x.ts', text)).toEqual([
      'renderer/db/x.ts:1 imports react: db/ holds no React',
      'renderer/db/x.ts:2 imports ../components/Modal: db/ is below components/',
      'renderer/db/x.ts:3 imports ../session/SessionContext: db/ is below session/',
    ]);
    expect(rendererLayerViolations('renderer/features/clinics/x.ts', "import Dexie from 'dexie';")).toEqual([
      'renderer/features/clinics/x.ts:1 imports dexie: only db/ touches Dexie',
    ]);
  });

  it('flags direct table access outside db/, and settings access outside db/settings.ts', () => {
    const text = [
      'const n = await db.rows("clinic").count();',
      'const s = await session.db.settings.get("k");',
      'await vault.db.transaction("rw", t, f);',
      'const d = useSession().db;',
      'await readFirmRecipient(session.db);',
    ].join('\n');
    expect(rendererLayerViolations('renderer/app/X.tsx', text)).toEqual([
      'renderer/app/X.tsx:1 uses db.rows: go through a db/ function',
      'renderer/app/X.tsx:2 uses session.db.settings: go through a db/ function',
      'renderer/app/X.tsx:3 uses vault.db.transaction: go through a db/ function',
    ]);
    expect(rendererLayerViolations('renderer/db/signerAndFirmKeys.ts', text)).toEqual([
      'renderer/db/signerAndFirmKeys.ts:2 uses session.db.settings.get: settings go through db/settings.ts',
    ]);
    expect(rendererLayerViolations('renderer/db/settings.ts', text)).toEqual([]);
  });
});
