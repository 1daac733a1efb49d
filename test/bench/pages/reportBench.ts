/**
 * Runs in Chromium: the app's report worker on a clinic with 2,000 devices and on a
 * portfolio of 200 clinics, while the page watches its own main thread for long tasks.
 * Exposed as `window.benchReports`.
 */
import { reportInWorker } from '../../../renderer/workers/reportInWorker';
import { buildClinicReport } from '../../../shared/report/clinicReport';
import { largeAssessment } from '../../support/largeAssessment';
import { portfolioRecords } from '../../support/portfolioFixture';

async function timedWithLongTasks(work: () => Promise<Uint8Array>) {
  const longTasks: number[] = [];
  const start = performance.now();
  // The task that sets this up is itself reported when it ends: only tasks begun after the start count.
  const observer = new PerformanceObserver((list) =>
    longTasks.push(
      ...list
        .getEntries()
        .filter((e) => e.startTime >= start)
        .map((e) => e.duration),
    ),
  );
  observer.observe({ type: 'longtask', buffered: false });
  const pdf = await work();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { ms, bytes: pdf.byteLength, longestTask: Math.max(0, ...longTasks) };
}

async function benchReports(devices: number, vulnerable: number, clinics: number) {
  const records = largeAssessment(devices, 50, vulnerable);
  const findings = buildClinicReport(records, '2026-11-28').findings.length;
  const clinic = await timedWithLongTasks(() =>
    reportInWorker({ kind: 'clinic', records, reportDate: '2026-11-28' }, () => undefined),
  );
  const names = Array.from({ length: clinics }, (_, i) => `Clinic ${i + 1}`);
  const all = await portfolioRecords(names, 0);
  const portfolio = await timedWithLongTasks(() =>
    reportInWorker({ kind: 'portfolio', records: all, reportDate: '2026-11-28' }, () => undefined),
  );
  return { findings, clinic, portfolio };
}

(window as unknown as { benchReports: typeof benchReports }).benchReports = benchReports;
