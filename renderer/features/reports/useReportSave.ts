import { useMemo, useState } from 'react';
import type { SaveTaskState } from '../../components/SaveTask';
import type { Repositories } from '../../db/repository';
import { platform } from '../../platform/api';
import { reportInWorker } from '../../workers/reportInWorker';
import { reportMaker } from './makeReport';
import { loadReportPhotos } from './reportPhotos';
import { useSession } from '../../session/SessionContext';
import type { AssessmentRecords } from '../../../shared/model/assessmentRecords';

const worker = { reportInWorker };

/** The report use case (makeReport.ts) over this app's platform and worker, and where it stands. */
export function useReportSave(repos: Repositories) {
  const { state: session } = useSession();
  const vault = session.status === 'unlocked' ? session.vault : undefined;
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const maker = useMemo(() => {
    const photos =
      vault &&
      ((records: AssessmentRecords) =>
        loadReportPhotos(
          vault,
          records.evidence.map((e) => e.data),
        ));
    return reportMaker({ repos, platform, worker, ...(photos ? { photos } : {}) }, setState);
  }, [repos, vault]);
  return { state, maker };
}
