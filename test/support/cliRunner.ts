/** The real command line in its own process, as `npx clinic-assessor` starts it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `node electron/cli.mjs …` with CLINIC_ASSESSOR_PASSPHRASE set to `passphrase` (unset when undefined). */
export function cli(args: string[], passphrase?: string, options: { shell?: string } = {}): CliRun {
  const env = { ...process.env };
  delete env.CLINIC_ASSESSOR_PASSPHRASE;
  if (passphrase !== undefined) env.CLINIC_ASSESSOR_PASSPHRASE = passphrase;
  const entry = path.join(root, 'electron', 'cli.mjs');
  const r = options.shell
    ? spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${entry}" ${options.shell}`], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawnSync(process.execPath, [entry, ...args], {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
