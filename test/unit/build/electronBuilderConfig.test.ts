import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = path.resolve(import.meta.dirname, '..', '..', '..', 'build', 'electron-builder.config.cjs');

function loadConfig(env: Record<string, string | undefined>): Record<string, unknown> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    delete require.cache[configPath];
    return require(configPath) as Record<string, unknown>;
  } finally {
    process.env = saved;
  }
}

describe('electron-builder configuration', () => {
  it('flips the security fuses in the packaged binary', () => {
    expect(loadConfig({}).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packages for Linux, Windows and macOS under the product name', () => {
    const config = loadConfig({});
    expect(config.productName).toBe('Clinic Assessor');
    expect(config).toMatchObject({
      asar: true,
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
  });

  it('uses a local Electron distribution when ELECTRON_DIST points at one', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'electron-dist-'));
    try {
      expect(loadConfig({ ELECTRON_DIST: dist }).electronDist).toBe(dist);
      expect(loadConfig({ ELECTRON_DIST: path.join(dist, 'missing') }).electronDist).toBeUndefined();
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
