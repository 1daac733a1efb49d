import { useId, useMemo, useState } from 'react';
import { buildClinicReport } from '../../../shared/report/clinicReport';
import { todayIso } from '../../clock/today';
import { routeHref } from '../../routing/useHashRoute';
import { SaveTask } from '../../components/SaveTask';
import { useRepositories } from '../../session/SessionContext';
import { clinicTitle, formatDate } from '../../components/clinicLabels';
import { usePriorChoice } from '../../hooks/usePriorChoice';
import { useAssessmentRecords } from '../../hooks/useAssessmentRecords';
import { useContentPack } from '../../hooks/useContentPack';
import { useReportSave } from './useReportSave';

/** The clinic assessment report of one assessment: what it will say, and the PDF or the Word document. */
export function ClinicReportPage({ assessmentId }: { assessmentId: string }) {
  const id = useId();
  const repos = useRepositories();
  const records = useAssessmentRecords(assessmentId);
  const choice = usePriorChoice(assessmentId);
  const [chosenPrior, setChosenPrior] = useState<string>();
  const priorId = chosenPrior ?? choice?.defaultId ?? '';
  const [reportDate, setReportDate] = useState(todayIso());
  const { state, maker } = useReportSave(repos);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(reportDate);
  const pack = useContentPack();
  const report = useMemo(
    () => (records && validDate ? buildClinicReport(records, reportDate, undefined, undefined, pack) : undefined),
    [records, reportDate, validDate, pack],
  );

  if (records === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (records === null) {
    return (
      <>
        <h1 tabIndex={-1}>Clinic report</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Clinic report</h1>
          <p className="lead">
            {clinicTitle(records.clinic.data.name)} · {records.assessment.data.title || 'Untitled assessment'}
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={routeHref('findings', assessmentId)}>
            Findings
          </a>
        </div>
      </div>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Clinic assessment report</h2>
        <p>
          For the clinic and the parent firm: cover with the confidentiality marking, executive summary, risk charts,
          every finding with its evidence and remediation, the device inventory with end-of-support status, networks,
          vendor access, bandwidth, the scanning plan and every checklist answer.
        </p>
        <p className="muted">
          The PDF is the report to send as it is. The Word document (.docx) has the same chapters, with Word headings
          and tables, for editing or for taking into the firm&apos;s own template.
        </p>
        {report ? (
          <dl className="facts" aria-label="Report summary">
            <dt>Overall rating</dt>
            <dd>{report.rating.label}</dd>
            <dt>Open findings</dt>
            <dd>
              {report.open.critical} critical, {report.open.high} high, {report.open.medium} medium, {report.open.low}{' '}
              low
            </dd>
            <dt>Devices</dt>
            <dd>
              {report.inventory.length}, {report.inventory.filter((i) => i.support.status === 'unsupported').length}{' '}
              past end of support
            </dd>
            <dt>Judged under</dt>
            <dd>{report.judgedUnder}</dd>
          </dl>
        ) : null}
        <div className="form-grid report-options">
          <div className="field">
            <label htmlFor={`${id}-prior`}>Compare with the previous visit</label>
            <select id={`${id}-prior`} value={priorId} onChange={(e) => setChosenPrior(e.target.value)}>
              <option value="">No comparison</option>
              {choice?.candidates.map((a) => (
                <option
                  key={a.id}
                  value={a.id}
                >{`${a.data.title || 'Untitled assessment'} · ${formatDate(a.data.startDate)}`}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>Report date</label>
            <input id={`${id}-date`} type="date" value={reportDate} onChange={(e) => setReportDate(e.target.value)} />
          </div>
        </div>
        <SaveTask
          state={state}
          cancelLabel="Cancel report"
          onCancel={maker.cancel}
          start={
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={!validDate || state.step === 'working'}
                onClick={() => void maker.clinic({ records, priorId, reportDate, pack })}
              >
                Save clinic report…
              </button>
              <button
                type="button"
                className="button"
                disabled={!validDate || state.step === 'working'}
                onClick={() => void maker.clinic({ records, priorId, reportDate, pack, format: 'docx' })}
              >
                Save as Word (.docx)…
              </button>
            </>
          }
        />
      </section>
    </>
  );
}
