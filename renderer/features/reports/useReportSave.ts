import { useMemo, useState } from 'react';
import type { SaveTaskState } from '../../components/SaveTask';
import type { Repositories } from '../../db/repository';
import { platform } from '../../platform/api';
import { reportInWorker } from '../../workers/reportInWorker';
import { reportMaker } from './makeReport';

const worker = { reportInWorker };

/** The report use case (makeReport.ts) over this app's platform and worker, and where it stands. */
export function useReportSave(repos: Repositories) {
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const maker = useMemo(() => reportMaker({ repos, platform, worker }, setState), [repos]);
  return { state, maker };
}
