import { useRef, useState } from 'react';
import type { SaveTaskState } from '../../components/SaveTask';
import { platform } from '../../platform/api';
import type { ReportTask } from '../../workers/report.worker';
import { reportInWorker } from '../../workers/reportInWorker';
import { plainError } from '../../../shared/model/plainIssues';

/** A file name from a title: letters and digits of any script, the rest as dashes. */
export function reportFileName(title: string, kind: string, date: string): string {
  const stem =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'clinic';
  return `${stem}-${kind}-${date}.pdf`;
}

/** Makes a report in a worker and saves it where the user says, with progress and cancel. */
export function useReportSave() {
  const [state, setState] = useState<SaveTaskState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function save(task: () => Promise<ReportTask>, suggestedName: string) {
    const controller = new AbortController();
    abort.current = controller;
    try {
      setState({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
      const pdf = await reportInWorker(
        await task(),
        (label, done, total) => setState({ step: 'working', label, done, total }),
        controller.signal,
      );
      const result = await platform.saveFile({
        title: 'Save report',
        suggestedName,
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        bytes: pdf,
      });
      if (!result.ok) setState({ step: 'error', message: result.error.message });
      else setState(result.value.canceled ? { step: 'idle' } : { step: 'saved', name: result.value.name });
    } catch (error) {
      setState({ step: 'error', message: plainError(error, 'The report could not be made.') });
    } finally {
      abort.current = null;
    }
  }

  return { state, save, cancel: () => abort.current?.abort() };
}
