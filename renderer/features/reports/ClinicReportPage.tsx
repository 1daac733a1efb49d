import { useId, useMemo, useRef, useState } from 'react';
import { buildClinicReport } from '../../../shared/report/clinicReport';
import { todayIso } from '../../app/today';
import { routeHref } from '../../app/useHashRoute';
import { SaveTask, type SaveTaskState } from '../../components/SaveTask';
import { platform } from '../../platform/api';
import { clinicReportInWorker } from '../../workers/reportInWorker';
import { clinicTitle } from '../clinics/clinicLabels';
import { useAssessmentRecords } from '../findings/useAssessmentRecords';


/** A file name from the clinic's name: letters and digits of any script, the rest as dashes. */
export function reportFileName(clinic: string, date: string): string {
  const stem = clinic.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'clinic';
  return `${stem}-assessment-report-${date}.pdf`;
}

/** The clinic assessment report of one assessment: what it will say, and the PDF. */
export function ClinicReportPage({ assessmentId }: { assessmentId: string }) {
  const id = useId();
  const records = useAssessmentRecords(assessmentId);
  const [reportDate, setReportDate] = useState(todayIso());
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(reportDate);
  const report = useMemo(() => (records && validDate ? buildClinicReport(records, reportDate) : undefined), [records, reportDate, validDate]);

  if (records === undefined) return <p aria-busy="true">Decrypting…</p>;
  if (records === null) {
    return (
      <>
        <h1 tabIndex={-1}>Clinic report</h1>
        <p role="alert" className="error">This assessment does not exist on this computer.</p>
      </>
    );
  }

  async function save() {
    if (!records || !validDate) return;
    const controller = new AbortController();
    abort.current = controller;
    try {
      setState({ step: 'working', label: 'Starting…', done: 0, total: 1 });
      const pdf = await clinicReportInWorker({ records, reportDate }, (label, done, total) => setState({ step: 'working', label, done, total }), controller.signal);
      const result = await platform.saveFile({ title: 'Save clinic report', suggestedName: reportFileName(records.clinic.data.name, reportDate), filters: [{ name: 'PDF document', extensions: ['pdf'] }], bytes: pdf });
      if (!result.ok) setState({ step: 'error', message: result.error.message });
      else setState(result.value.canceled ? { step: 'idle' } : { step: 'saved', name: result.value.name });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : 'The report could not be made.' });
    } finally {
      abort.current = null;
    }
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
          <a className="button" href={routeHref('findings', assessmentId)}>Findings</a>
        </div>
      </div>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Clinic assessment report (PDF)</h2>
        <p>
          For the clinic and the parent firm: cover with the confidentiality marking, executive summary, risk charts, every finding with its evidence and remediation,
          the device inventory with end-of-support status, networks, vendor access, bandwidth, the scanning plan and every checklist answer.
        </p>
        {report ? (
          <dl className="facts" aria-label="Report summary">
            <dt>Overall rating</dt><dd>{report.rating.label}</dd>
            <dt>Open findings</dt><dd>{report.open.critical} critical, {report.open.high} high, {report.open.medium} medium, {report.open.low} low</dd>
            <dt>Devices</dt><dd>{report.inventory.length}, {report.inventory.filter((i) => i.support.status === 'unsupported').length} past end of support</dd>
          </dl>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-date`}>Report date</label>
          <input id={`${id}-date`} type="date" value={reportDate} onChange={(e) => setReportDate(e.target.value)} />
        </div>
        <SaveTask
          state={state}
          cancelLabel="Cancel report"
          onCancel={() => abort.current?.abort()}
          start={
            <button type="button" className="button button-primary" disabled={!validDate || state.step === 'working'} onClick={() => void save()}>
              Save clinic report…
            </button>
          }
        />
      </section>
    </>
  );
}
