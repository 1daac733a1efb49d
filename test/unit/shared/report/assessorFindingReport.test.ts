import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import type { BundleRecords } from '../../../../shared/bundle/bundleContent';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned } from '../../../../shared/model/versionedRecord';
import { assessorFindingRecord, type AssessorFindingDraft } from '../../../../shared/rules/assessorFindingDraft';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { buildPortfolioReport } from '../../../../shared/report/portfolioReport';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';

const DAY = '2026-11-20';
const fonts = await loadReportFonts();
const clock = new HybridClock(() => Date.parse(`${DAY}T09:00:00Z`));

const draft = (evidence: string[]): AssessorFindingDraft => ({
  title: 'Practice manager shares the server console password by sticky note',
  area: 'governance',
  detail: 'The PM-SRV console password is on a note taped to the monitor.',
  likelihood: 4,
  impact: 3,
  rationale: 'Seen on the day; anyone in the back office can read it.',
  evidence,
  questions: ['profile.prior-incidents'],
  recommendation: 'Change the password and keep it in the password manager.',
  ownerType: 'clinic',
});

/** The sample clinic, and the same with the assessor's finding about PM-SRV added. */
async function withAndWithout(): Promise<{ before: BundleRecords; after: BundleRecords; assessmentId: string }> {
  const before = await sampleRecords('field-laptop', DAY, () => Date.parse(`${DAY}T09:00:00Z`));
  const assessmentId = before.assessment[0]!.id;
  const server = before.asset.find((a) => a.data.name === 'PM-SRV')!;
  const id = crypto.randomUUID();
  const finding = createVersioned(id, assessorFindingRecord(assessmentId, id, draft([server.id])), {
    stamp: clock.tick(),
    device: 'field-laptop',
  });
  return { before, after: { ...before, finding: [...before.finding, finding] }, assessmentId };
}

describe("the assessor's finding in the reports", { timeout: 60_000 }, () => {
  it('is a row like a rule finding, marked and with its reason, and counts in the rating, heat map, areas and devices', async () => {
    const { before, after, assessmentId } = await withAndWithout();
    const without = buildClinicReport(assessmentRecordsFrom(before, assessmentId)!, '2026-11-28');
    const report = buildClinicReport(assessmentRecordsFrom(after, assessmentId)!, '2026-11-28');

    const row = report.findings.find((f) => f.source === 'assessor');
    expect(row).toMatchObject({
      title: draft([]).title,
      severity: 'critical',
      area: 'Governance',
      owner: 'The clinic (or its MSP)',
      status: 'open',
      rationale: 'Seen on the day; anyone in the back office can read it. (likelihood 4 × impact 3)',
      device: { name: 'PM-SRV' },
    });
    expect(row?.evidence).toMatch(/^PM-SRV; answer to “.+”$/);
    expect(report.findings.filter((f) => f.source === 'rule')).toHaveLength(without.findings.length);

    expect(report.open.critical).toBe(without.open.critical + 1);
    expect(report.rating.label).toBe('Critical');
    expect(report.heatMap[0]?.[2]).toBe((without.heatMap[0]?.[2] ?? 0) + 1);
    const governance = (r: typeof report) => r.byArea.find((a) => a.area === 'Governance')?.counts.critical ?? 0;
    expect(governance(report)).toBe(governance(without) + 1);
    const server = report.findingsByDevice.find((g) => g.device === 'PM-SRV');
    expect(server?.rows.map((r) => r.title)).toContain(draft([]).title);

    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain(`${draft([]).title} Assessor's finding`);
    expect(text).toContain('Why: Seen on the day; anyone in the back office can read it. (likelihood 4 × impact 3)');
    // A rule's finding carries no mark: the mark appears once, for the one assessor's finding.
    expect(text.split("Assessor's finding")).toHaveLength(2);
  });

  it('counts in the portfolio like a rule finding', async () => {
    const { before, after } = await withAndWithout();
    const without = buildPortfolioReport(before, '2026-11-28');
    const report = buildPortfolioReport(after, '2026-11-28');
    expect(report.totals.critical).toBe(without.totals.critical + 1);
    expect(report.clinics[0]?.open.critical).toBe((without.clinics[0]?.open.critical ?? 0) + 1);
    expect(report.clinics[0]?.areas[report.areas.indexOf('Governance')]).toBe('critical');
  });
});
