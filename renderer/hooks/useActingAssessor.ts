import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SIGNER_NAME, readSigningKey } from '../db/signerAndFirmKeys';
import { useSession } from '../session/SessionContext';
import { useAssessmentRecords } from './useAssessmentRecords';

/**
 * Who an override or a decision made here is recorded as: the assessment's assessor,
 * else the name of this installation's signing key, else '' while neither is known.
 */
export function useActingAssessor(assessmentId: string): string {
  const session = useSession();
  const records = useAssessmentRecords(assessmentId);
  const signer = useLiveQuery(() => readSigningKey(session.db), [session.db]);
  const assessor = records?.assessment.data.assessor.trim();
  if (assessor) return assessor;
  return signer && signer.name !== DEFAULT_SIGNER_NAME ? signer.name : '';
}
