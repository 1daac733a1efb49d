import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { isOpen } from '../../../../shared/report/reportFindings';
import { sampleAssessment } from '../../../support/comparableRecords';
import { decision, derived, resolution, withDecisions } from '../../../support/decisionRecords';
import { flatText } from '../../../support/pdfTools';

const BEFORE = '2026-05-04';
const NOW = '2026-11-20';

/** The last visit resolved EXAM-PC-1's old Windows; this visit accepts one risk, resolves another, and holds an expired acceptance. */
function twoVisits() {
  const last = sampleAssessment(BEFORE);
  const prior = withDecisions(
    last,
    decision(last, derived(last, 'os.unsupported', /^EXAM-PC-1 /, BEFORE), resolution(BEFORE)),
  );
  const sample = sampleAssessment(NOW);
  const backups = derived(sample, 'governance.backups', /./, NOW);
  const pc2 = derived(sample, 'endpoints.no-disk-encryption', /./, NOW);
  const others = derived(sample, 'endpoints.no-edr', /./, NOW);
  const current = withDecisions(
    sample,
    decision(sample, backups, {
      status: 'accepted',
      owner: 'Dr Lee, practice manager',
      statusNote: 'New backup service ordered',
      acceptedUntil: '2027-02-28',
      decidedBy: 'Ann Assessor',
      decidedAt: NOW,
    }),
    decision(sample, others, {
      status: 'accepted',
      owner: 'Front desk lead',
      statusNote: 'Waiting for budget',
      acceptedUntil: '2026-10-31',
      decidedBy: 'Ann Assessor',
      decidedAt: BEFORE,
    }),
    decision(sample, pc2, {
      ...resolution(NOW),
      ownerType: 'clinic',
      retestCheck: 'BitLocker on, checked in the console',
    }),
  );
  return { prior, current, expiredTitle: others.title };
}

describe('the report lists accepted risks, resolutions and regressions', { timeout: 60_000 }, () => {
  it('in its model, with expired acceptances among the open findings', () => {
    const { prior, current, expiredTitle } = twoVisits();
    const r = buildClinicReport(current, NOW, prior);
    expect(r.decisions.accepted).toEqual([
      expect.objectContaining({
        title: 'Backups missing, reachable by ransomware, or never tested',
        owner: 'Dr Lee, practice manager',
        reason: 'New backup service ordered',
        until: '2027-02-28',
        decidedBy: 'Ann Assessor',
        decidedAt: NOW,
      }),
    ]);
    expect(r.decisions.resolutions).toEqual([
      expect.objectContaining({
        fixedBy: 'The clinic (or its MSP)',
        retestCheck: 'BitLocker on, checked in the console',
        retestBy: 'Jo Tech',
        retestDate: NOW,
      }),
    ]);
    expect(r.decisions.regressions?.map((g) => [g.ruleId, g.resolvedOn, g.fixedBy])).toEqual([
      ['os.unsupported', BEFORE, "The clinic's MSP"],
    ]);
    const expired = r.findings.find((f) => f.title === expiredTitle);
    expect(expired).toMatchObject({ status: 'acceptance-expired', statusLabel: 'Acceptance expired' });
    expect(isOpen(expired!)).toBe(true);
  });

  it('in its PDF', async () => {
    const { prior, current } = twoVisits();
    const text = flatText(clinicReportPdf(buildClinicReport(current, NOW, prior), await loadReportFonts()));
    for (const words of [
      'Decisions on findings',
      'Accepted risks',
      'Dr Lee, practice manager',
      'Resolutions',
      'BitLocker on, checked in the console',
      'Regressions since the last visit',
      'Windows 11 reported by winver',
      'Acceptance expired',
    ])
      expect(text).toContain(words);
  });
});
