import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

/**
 * Chromium with a real profile folder on disk, as the app's user data lives in one:
 * for tests that close or kill the browser and look at what it left behind.
 */
export async function launchWithProfile(
  userDataDir: string,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutable,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { context, page };
}

/** SIGKILLs every Chromium process of this profile: a crash or power cut, as far as the profile can tell. */
export function killProfileProcesses(userDataDir: string): number {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = out
    .split('\n')
    .filter((line) => line.includes(userDataDir))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}

/** Files under `dir` whose bytes contain `needle` in UTF-8, UTF-16LE or UTF-16BE. */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const patterns = [
    Buffer.from(needle, 'utf8'),
    Buffer.from(needle, 'utf16le'),
    Buffer.from(needle, 'utf16le').swap16(),
  ];
  const hits: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue; // sockets and files that vanished
    }
    if (patterns.some((p) => bytes.includes(p))) hits.push(path.relative(dir, file));
  }
  return hits;
}
