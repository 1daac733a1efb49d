import type { AppInfo } from '../../shared/ipc';

/** What the main process knows about itself, injected from Electron's `app` and `process`. */
export interface AppIdentity {
  name: string;
  version: string;
  versions: Record<string, string | undefined>;
  platform: string;
}

export function appInfo(identity: AppIdentity): AppInfo {
  const versions: Record<string, string> = {};
  for (const key of ['electron', 'chrome', 'node', 'v8'] as const) {
    const value = identity.versions[key];
    if (value) versions[key] = value;
  }
  return { name: identity.name, version: identity.version, runtime: 'electron', versions, platform: identity.platform };
}
