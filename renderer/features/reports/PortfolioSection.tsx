import { useId, useState } from 'react';
import { useRepositories } from '../../session/SessionContext';
import { todayIso } from '../../clock/today';
import { SaveTask } from '../../components/SaveTask';
import { useContentPack } from '../../hooks/useContentPack';
import { useReportSave } from './useReportSave';

/** The parent firm's report over every clinic on this computer (import the clinics' files first). */
export function PortfolioSection() {
  const id = useId();
  const [reportDate, setReportDate] = useState(todayIso());
  const { state, maker } = useReportSave(useRepositories());
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(reportDate);
  const pack = useContentPack();

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Portfolio report (PDF)</h2>
      <p>
        For the parent firm: every clinic on this computer with its latest assessment&apos;s rating and open findings,
        the clinics with critical findings first, a clinic × area grid, and the trend since the previous visit. Import
        the clinics&apos; assessment files in Exchange first.
      </p>
      <div className="form-grid report-options">
        <div className="field">
          <label htmlFor={`${id}-date`}>Portfolio report date</label>
          <input id={`${id}-date`} type="date" value={reportDate} onChange={(e) => setReportDate(e.target.value)} />
        </div>
      </div>
      <SaveTask
        state={state}
        cancelLabel="Cancel portfolio report"
        onCancel={maker.cancel}
        start={
          <button
            type="button"
            className="button button-primary"
            disabled={!validDate || state.step === 'working'}
            onClick={() => void maker.portfolio({ reportDate, pack })}
          >
            Save portfolio report…
          </button>
        }
      />
    </section>
  );
}
