import { useId, useMemo, useState } from 'react';
import { plainError } from '../../../shared/model/plainIssues';
import { count } from '../../../shared/model/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { Vault } from '../../db/vault';
import { platform } from '../../platform/api';
import { useSession } from '../../session/SessionContext';
import { readPlanInWorker } from '../../workers/planFileInWorker';
import { PlanImportReview } from './PlanImportReview';
import { savePlan, type PlanFormat } from './planExport';
import { planImport, type PlanImportState, type PlanImportView } from './planImport';
import type { AssessmentPlan } from './usePlan';

/** Where the import stands, in words ('' when there is nothing to say). */
function importStatus(state: PlanImportState): string {
  switch (state.step) {
    case 'reading':
      return `Reading ${state.name}…`;
    case 'applying':
      return 'Applying the changes…';
    case 'done':
      return `Applied ${count(state.applied, 'change')} from ${state.name}.`;
    default:
      return '';
  }
}

/** The plan as a file for the firm (Excel or CSV), and the file the firm edited read back after a review. */
export function PlanFiles({ assessmentId, plan }: { assessmentId: string; plan: AssessmentPlan }) {
  const session = useSession();
  return session.state.status === 'unlocked' ? (
    <PlanFilesCard vault={session.state.vault} assessmentId={assessmentId} plan={plan} />
  ) : null;
}

function PlanFilesCard({ vault, assessmentId, plan }: { vault: Vault; assessmentId: string; plan: AssessmentPlan }) {
  const id = useId();
  const [saving, setSaving] = useState<PlanFormat>();
  const [saved, setSaved] = useState('');
  const [saveError, setSaveError] = useState<string>();
  const [{ state, error }, setView] = useState<PlanImportView>({ state: { step: 'idle' } });
  const importer = useMemo(
    () => planImport({ vault, assessmentId, platform, read: readPlanInWorker }, setView),
    [vault, assessmentId],
  );
  const { findings } = plan;

  async function exportAs(format: PlanFormat) {
    setSaving(format);
    setSaved('');
    setSaveError(undefined);
    try {
      const source = { records: findings.records, assessed: findings, rows: plan.rows };
      const name = await savePlan({ platform }, source, format);
      setSaved(name ? `Saved ${name}.` : '');
    } catch (e) {
      setSaveError(plainError(e, 'The plan could not be saved.'));
    } finally {
      setSaving(undefined);
    }
  }

  const busy = state.step === 'reading' || state.step === 'applying';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Plan as a file</h2>
      <p>
        Export the plan for the firm to edit in Excel: it may change the owner, target date, milestones, status, cost
        band and comments, and keep the finding key. Importing the edited file shows every change before anything is
        saved.
      </p>
      <div className="inline-form-row plan-file-actions">
        <button type="button" className="button" disabled={!!saving} onClick={() => void exportAs('xlsx')}>
          Plan as Excel (.xlsx)
        </button>
        <button type="button" className="button" disabled={!!saving} onClick={() => void exportAs('csv')}>
          Plan as CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setSaved('');
            void importer.choose(plan.rows);
          }}
        >
          Import edited plan…
        </button>
        {state.step === 'reading' ? (
          <button type="button" className="button" onClick={importer.cancel}>
            Cancel reading
          </button>
        ) : null}
        <p role="status" className="status plan-file-status" aria-busy={!!saving || busy}>
          {saving ? `Making the ${saving === 'xlsx' ? 'workbook' : 'CSV'}…` : importStatus(state) || saved}
        </p>
      </div>
      <ErrorMessage message={saveError ?? error} />
      {state.step === 'review' ? (
        <PlanImportReview
          name={state.name}
          review={state.review}
          accepted={state.accepted}
          onAccept={importer.setAccepted}
          onAll={importer.setAll}
          onApply={() => void importer.apply()}
          onDiscard={importer.discard}
        />
      ) : null}
    </section>
  );
}
