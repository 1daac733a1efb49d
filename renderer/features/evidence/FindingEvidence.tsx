import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { answerId } from '../../../shared/checklists/answerId';
import { findingId } from '../../../shared/rules/findingStatus';
import { evidenceFor } from '../../db/evidenceStore';
import { useRepositories } from '../../session/SessionContext';
import { EvidencePanel } from './EvidencePanel';

/** A finding's photos and files, collapsed under "Evidence (n)"; a finding nobody has decided on yet can have them too. */
export function FindingEvidence({ assessmentId, findingKey }: { assessmentId: string; findingKey: string }) {
  const repos = useRepositories();
  const [open, setOpen] = useState(false);
  const shown = useLiveQuery(async () => {
    const targetId = await findingId(assessmentId, findingKey);
    return { targetId, count: (await evidenceFor(repos, assessmentId, 'finding', targetId)).length };
  }, [repos, assessmentId, findingKey]);
  if (!shown) return null;
  return (
    <details className="finding-evidence" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Evidence ({shown.count})</summary>
      {open ? (
        <EvidencePanel
          place={{ assessmentId, target: 'finding', targetId: shown.targetId }}
          heading="Photos and files"
        />
      ) : null}
    </details>
  );
}

/** A small "Attach" under a checklist question that opens the answer's photos and files. */
export function AnswerEvidence({ assessmentId, questionId }: { assessmentId: string; questionId: string }) {
  const [open, setOpen] = useState(false);
  const targetId = useLiveQuery(() => answerId(assessmentId, questionId), [assessmentId, questionId]);
  if (!targetId) return null;
  return (
    <div className="answer-evidence">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide photos and files' : 'Attach photo or file'}
      </button>
      {open ? (
        <EvidencePanel
          place={{ assessmentId, target: 'answer', targetId }}
          heading="Photos and files for this answer"
        />
      ) : null}
    </div>
  );
}
