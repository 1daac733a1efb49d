import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the Electron executable that `npm ci` may or may not have fetched, without
 * triggering the download that `require('electron')` starts on its own. When the
 * binary is missing and downloads are allowed, tries once, with a time limit.
 */
export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const located = locate(packageDir, env);
  if (located || env.ELECTRON_SKIP_BINARY_DOWNLOAD) return located;
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer)) return undefined;
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 });
  return locate(packageDir, env);
}

function locate(packageDir: string, env: NodeJS.ProcessEnv): string | undefined {
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  if (!relative) return undefined;
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : undefined;
}
