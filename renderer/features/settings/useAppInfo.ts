import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { platform } from '../../platform/api';

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; message: string };

/** Asks the main process (or the browser fallback) what it is, once. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    platform
      .appInfo()
      .then((result) => {
        if (live)
          setState(
            result.ok ? { status: 'ready', info: result.value } : { status: 'error', message: result.error.message },
          );
      })
      .catch(() => live && setState({ status: 'error', message: 'The app information could not be read.' }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
