/** A clinic report with its evidence appendix, in its own module so the report and the appendix's rows import neither each other. */
import type { ClinicReport } from './clinicReport';
import { reportEvidence } from './reportEvidence';

/** The report with its evidence appendix's rows (the findings' ids are derived asynchronously, so this comes after building it). */
export async function withEvidence(
  report: ClinicReport,
  records: Parameters<typeof reportEvidence>[0],
): Promise<ClinicReport> {
  return { ...report, evidence: await reportEvidence(records, [...report.findings, ...report.notApplicable]) };
}
