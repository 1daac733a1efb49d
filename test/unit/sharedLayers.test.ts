import { describe, expect, it } from 'vitest';
import { collectImports } from '../support/importBoundaries';
import { importedPath, readSources, sourceFiles } from '../support/importGraph';

/**
 * The inner order of shared/, lowest first. A folder imports from its own folder and
 * from lower rows only; folders on one row are siblings and import nothing of each
 * other. model and crypto are the leaves (crypto knows nothing of the domain).
 * topology sits below checklists because the checklist reads the graph to show the
 * answers the records already settle; bundle and import sit above rules because the
 * file format merges with merge/ and an import proposes what the rules' reference
 * data says. The files ipc*.ts at the root of shared/ are the top: the channel
 * contract may name anything below it.
 */
const sharedLayers: readonly (readonly string[])[] = [
  ['model', 'crypto'],
  ['reference'],
  ['topology'],
  ['checklists'],
  ['rules'],
  ['merge', 'compare', 'integration'],
  ['bundle', 'import'],
  ['report'],
  ['sample'],
  ['ipc'],
];

/** Sibling imports allowed on purpose, as "from>to" with the reason. None today. */
const allowedSiblingImports: ReadonlyMap<string, string> = new Map();

/** The layer of a path inside shared/ ("ipc" for its root files ipc*.ts); undefined outside shared/. */
function layerOf(file: string): string | undefined {
  const [top, folder, rest] = file.split('/');
  if (top !== 'shared' || folder === undefined) return undefined;
  if (rest === undefined) return /^ipc\w*(\.ts)?$/.test(folder) ? 'ipc' : folder.replace(/\.tsx?$/, '');
  return folder;
}

const rankOf = (layer: string) => sharedLayers.findIndex((row) => row.includes(layer));

function layerViolations(file: string, text: string): string[] {
  const from = layerOf(file);
  if (from === undefined) return [];
  if (rankOf(from) < 0) return [`${file} is in no layer: add ${from} to the order in sharedLayers.test.ts`];
  const problems: string[] = [];
  for (const use of collectImports(file, text)) {
    const target = importedPath(file, use.specifier);
    const to = target === undefined ? undefined : layerOf(target);
    if (to === undefined || to === from || allowedSiblingImports.has(`${from}>${to}`)) continue;
    const toRank = rankOf(to);
    if (toRank >= 0 && toRank < rankOf(from)) continue;
    problems.push(`${file}:${use.line} imports ${use.specifier} (layer ${from} may not import layer ${to})`);
  }
  return problems;
}

describe('the layers of shared/', () => {
  it('every module imports only from its own layer or lower ones', () => {
    const problems = [...readSources(sourceFiles(['shared']))].flatMap(([file, text]) => layerViolations(file, text));
    expect(problems).toEqual([]);
  });
});

describe('the layer check catches what it must', () => {
  it('flags an import from a higher layer in every form, type imports included', () => {
    const text = [
      "import type { AssessmentRecords } from '../report/assessmentRecords';",
      "export { buildContext } from '../rules/context';",
      "const m = await import('../bundle/readBundle');",
      "import { mergeRecord } from '../merge/mergeRecord';",
      "import type { Asset } from '../model/asset';",
      "import { z } from 'zod';",
      "type T = import('../sample/sampleClinic').SampleClinic;",
    ].join('\n');
    expect(layerViolations('shared/compare/compareAssessments.ts', text)).toEqual([
      'shared/compare/compareAssessments.ts:1 imports ../report/assessmentRecords (layer compare may not import layer report)',
      'shared/compare/compareAssessments.ts:3 imports ../bundle/readBundle (layer compare may not import layer bundle)',
      'shared/compare/compareAssessments.ts:4 imports ../merge/mergeRecord (layer compare may not import layer merge)',
      'shared/compare/compareAssessments.ts:7 imports ../sample/sampleClinic (layer compare may not import layer sample)',
    ]);
  });

  it('keeps the leaves apart and the order as written', () => {
    expect(layerViolations('shared/model/derivedId.ts', "import { utf8 } from '../crypto/bytes';")).toEqual([
      'shared/model/derivedId.ts:1 imports ../crypto/bytes (layer model may not import layer crypto)',
    ]);
    expect(layerViolations('shared/crypto/aead.ts', "import type { Asset } from '../model/asset';")).toEqual([
      'shared/crypto/aead.ts:1 imports ../model/asset (layer crypto may not import layer model)',
    ]);
    expect(layerViolations('shared/topology/graph.ts', "import { answers } from '../checklists/checklist';")).toEqual([
      'shared/topology/graph.ts:1 imports ../checklists/checklist (layer topology may not import layer checklists)',
    ]);
    expect(layerViolations('shared/report/pdf/reportPdf.ts', "import { ipc } from '../../ipc';")).toEqual([
      'shared/report/pdf/reportPdf.ts:1 imports ../../ipc (layer report may not import layer ipc)',
    ]);
  });

  it('lets a module import its own layer and every lower one', () => {
    const text = [
      "import { a } from './other';",
      "import { b } from '../rules/engine';",
      "import { c } from '../import/nmapXml';",
      "import { d } from '../crypto/aead';",
      "import { e } from '../../shared/model/asset';",
    ].join('\n');
    expect(layerViolations('shared/report/clinicReport.ts', text)).toEqual([]);
    expect(
      layerViolations('shared/ipc.ts', "import { x } from './ipcChannels';\nimport { y } from './sample/s';"),
    ).toEqual([]);
  });

  it('refuses a folder that is in no layer', () => {
    expect(layerViolations('shared/extras/thing.ts', '')).toEqual([
      'shared/extras/thing.ts is in no layer: add extras to the order in sharedLayers.test.ts',
    ]);
    expect(layerViolations('shared/helpers.ts', '')).toEqual([
      'shared/helpers.ts is in no layer: add helpers to the order in sharedLayers.test.ts',
    ]);
    expect(layerViolations('renderer/app/App.tsx', "import { x } from '../../shared/sample/sampleClinic';")).toEqual(
      [],
    );
  });
});
