import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDomGlobals, collectImports, isNodeBuiltin } from '../support/importBoundaries';

const root = path.resolve(import.meta.dirname, '..', '..');

async function sourcesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (e) =>
        e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.endsWith('.config.ts'),
    )
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** jsPDF runs under Node and in browsers alike, but only the PDF layout in shared/report/pdf/ may use it. */
const forbiddenInShared = (s: string, file: string) =>
  /^(electron|react|react-dom|dexie)(\/|$)/.test(s) ||
  (/^jspdf(-autotable)?(\/|$)/.test(s) && !file.split(path.sep).join('/').startsWith('shared/report/pdf/')) ||
  isNodeBuiltin(s);

/** The folder of the project a relative import lands in, or undefined for packages. */
function targetFolder(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.relative(root, path.resolve(root, path.dirname(file), specifier)).split(path.sep)[0];
}

async function violations(folder: string, check: (file: string, text: string) => string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await sourcesUnder(folder))
    problems.push(...check(file, await readFile(path.join(root, file), 'utf8')));
  return problems;
}

export function sharedViolations(file: string, text: string): string[] {
  const problems = collectImports(file, text)
    .filter((i) => forbiddenInShared(i.specifier, file) || (targetFolder(file, i.specifier) ?? 'shared') !== 'shared')
    .map((i) => `${file}:${i.line} imports ${i.specifier}`);
  for (const use of collectDomGlobals(file, text)) problems.push(`${file}:${use.line} uses the DOM-only ${use.name}`);
  return problems;
}

export function rendererViolations(file: string, text: string): string[] {
  return collectImports(file, text)
    .filter(
      (i) =>
        /^electron(\/|$)/.test(i.specifier) ||
        isNodeBuiltin(i.specifier) ||
        (targetFolder(file, i.specifier) === 'electron' && !i.typeOnly),
    )
    .map((i) => `${file}:${i.line} imports ${i.specifier}`);
}

export function electronViolations(file: string, text: string): string[] {
  return collectImports(file, text)
    .filter((i) => targetFolder(file, i.specifier) === 'renderer' || /^(react|react-dom|dexie)(\/|$)/.test(i.specifier))
    .map((i) => `${file}:${i.line} imports ${i.specifier}`);
}

describe('module boundaries', () => {
  it('shared/ imports no electron, react, dexie or node:*, and uses no DOM-only API', async () => {
    expect(await violations('shared', sharedViolations)).toEqual([]);
  });

  it('renderer/ imports no electron or node:*, and only types from electron/', async () => {
    expect(await violations('renderer', rendererViolations)).toEqual([]);
  });

  it('electron/ never imports the renderer', async () => {
    expect(await violations('electron', electronViolations)).toEqual([]);
  });
});

describe('the boundary checks catch what they must', () => {
  it('lets only the PDF layout use jsPDF', () => {
    const text = "import { jsPDF } from 'jspdf';\nimport { autoTable } from 'jspdf-autotable';";
    expect(sharedViolations('shared/report/pdf/reportWriter.ts', text)).toEqual([]);
    expect(sharedViolations('shared/report/clinicReport.ts', text)).toEqual([
      'shared/report/clinicReport.ts:1 imports jspdf',
      'shared/report/clinicReport.ts:2 imports jspdf-autotable',
    ]);
  });

  it('flags forbidden imports in shared/ in every form', () => {
    const text = [
      "import { app } from 'electron';",
      "import React from 'react';",
      "import Dexie from 'dexie';",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "export * from '../renderer/db/schema';",
      "const m = await import('node:crypto');",
      "const r = require('electron');",
      "import { z } from 'zod';",
      "import { ok } from './model/clinic';",
    ].join('\n');
    expect(sharedViolations('shared/sample.ts', text)).toEqual([
      'shared/sample.ts:1 imports electron',
      'shared/sample.ts:2 imports react',
      'shared/sample.ts:3 imports dexie',
      'shared/sample.ts:4 imports node:fs/promises',
      'shared/sample.ts:5 imports path',
      'shared/sample.ts:6 imports ../renderer/db/schema',
      'shared/sample.ts:7 imports node:crypto',
      'shared/sample.ts:8 imports electron',
    ]);
  });

  it('flags DOM-only globals in shared/ but not properties or local names', () => {
    const text = [
      'const a = document.title;',
      'localStorage.setItem("k", "v");',
      'const b = { window: 1 }.window;',
      'function f(navigator: string) { return navigator; }',
      'const c = new FileReader();',
      'const d = globalThis.crypto.subtle;',
    ].join('\n');
    expect(sharedViolations('shared/sample.ts', text)).toEqual([
      'shared/sample.ts:1 uses the DOM-only document',
      'shared/sample.ts:2 uses the DOM-only localStorage',
      'shared/sample.ts:5 uses the DOM-only FileReader',
    ]);
  });

  it('flags electron and node imports in renderer/, and value imports from electron/', () => {
    const text = [
      "import { ipcRenderer } from 'electron';",
      "import fs from 'node:fs';",
      "import type { ClinicAssessorApi } from '../../electron/preload';",
      "import { APP_ORIGIN } from '../../electron/appProtocol';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(rendererViolations('renderer/platform/sample.ts', text)).toEqual([
      'renderer/platform/sample.ts:1 imports electron',
      'renderer/platform/sample.ts:2 imports node:fs',
      'renderer/platform/sample.ts:4 imports ../../electron/appProtocol',
    ]);
  });

  it('flags renderer imports in electron/', () => {
    expect(electronViolations('electron/ipc/x.ts', "import { App } from '../../renderer/app/App';")).toEqual([
      'electron/ipc/x.ts:1 imports ../../renderer/app/App',
    ]);
  });
});
