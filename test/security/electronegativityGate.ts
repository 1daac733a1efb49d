/**
 * Security gate: runs @doyensec/electronegativity over electron/ and renderer/ (or the
 * folders given as arguments) and fails on any HIGH or MEDIUM finding. The tool
 * itself always exits 0, so this reads its results; it also fails when the tool
 * broke or scanned nothing, because a gate that passes by breaking is worse than none.
 *
 * Offline: the Electron version is given (so no release list is needed) and the one
 * check that downloads Electron's release list (AvailableSecurityFixesGlobalCheck)
 * is excluded; the tool's own translation download times out after 1 s and falls back to
 * the bundled English text.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Level {
  value: number;
  name?: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: Level;
  confidence: Level;
  description: string;
  manualReview?: boolean;
}
interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message?: string; error?: unknown }[];
  issues: Issue[];
}

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const electronVersion = (pkg.devDependencies.electron ?? '').replace(/^[^\d]*/, '');
const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['electron', 'renderer'];
/**
 * The folders are scanned as ONE app, copied side by side: the global checks (CSP,
 * navigation limits, permission handlers) look across main process and page together.
 */
const NETWORK_BOUND_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const run = require(path.join(packageDir, 'dist', 'runner.js')) as (
  options: object,
  forCli: boolean,
) => Promise<RunResult>;
const attributes = require(path.join(packageDir, 'dist', 'finder', 'attributes.js')) as {
  severity: Record<string, Level>;
  confidence: Record<string, Level>;
};

function levelName(level: Level, table: Record<string, Level>): string {
  return Object.entries(table).find(([, l]) => l.value === level.value)?.[0] ?? String(level.value);
}

async function scan(app: string): Promise<RunResult> {
  return run(
    {
      input: app,
      output: undefined,
      isSarif: false,
      customScan: undefined,
      excludeFromScan: NETWORK_BOUND_CHECKS.map((c) => c.toLowerCase()),
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: true,
      isVerbose: true,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
}

function copySources(app: string): number {
  let files = 0;
  for (const folder of folders) {
    const from = path.join(root, folder);
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|tsx|js|cjs|mjs|html)$/.test(entry.name)) files += 1;
    }
    cpSync(from, path.join(app, path.basename(folder)), { recursive: true });
  }
  return files;
}

async function main(): Promise<number> {
  if (!electronVersion) throw new Error('No electron version in package.json devDependencies.');
  const app = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  let result: RunResult;
  let files: number;
  try {
    files = copySources(app);
    result = await scan(app);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
  if (files === 0 || !result || !Array.isArray(result.issues) || result.atomicChecks === 0) {
    console.error('electronegativity scanned no source files or ran no checks: the gate cannot vouch for the code.');
    return 1;
  }
  if (result.errors.length > 0) {
    for (const e of result.errors)
      console.error(`electronegativity could not parse ${e.file}: ${e.message ?? String(e.error ?? '')}`);
    return 1;
  }
  const blocking: string[] = [];
  let minor = 0;
  for (const issue of result.issues) {
    const severity = levelName(issue.severity, attributes.severity);
    if (severity === 'HIGH' || severity === 'MEDIUM') {
      const confidence = levelName(issue.confidence, attributes.confidence);
      blocking.push(
        `${severity} ${issue.id} at ${issue.file}:${issue.location.line}:${issue.location.column} (${confidence}): ${issue.description}`,
      );
    } else {
      minor += 1;
    }
  }
  if (blocking.length > 0) {
    console.error(`electronegativity: ${blocking.length} high/medium finding(s) in ${folders.join(', ')}:`);
    for (const line of blocking) console.error(`  ${line}`);
    return 1;
  }
  console.log(
    `electronegativity: ${files} files in ${folders.join(', ')}, 0 high/medium findings (${minor} low/informational).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`electronegativity gate failed to run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
