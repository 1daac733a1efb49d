import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

function runGate(...folders: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/security/electronegativityGate.ts', ...folders],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('electronegativity gate', () => {
  it('fails on a window without context isolation or sandbox', () => {
    const { code, output } = runGate('test/security/fixtures');
    expect(code).toBe(1);
    expect(output).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK');
    expect(output).toContain('MEDIUM SANDBOX_JS_CHECK');
  }, 120_000);
});
