import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { compareAssessments } from '../../../../shared/compare/compareAssessments';
import { newFinding } from '../../../../shared/model/finding';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { overrideText, ratingText } from '../../../../shared/report/reportOverrides';
import { assessFindings, type AssessedFinding } from '../../../../shared/rules/assessedFindings';
import { factsOf } from '../../../../shared/rules/assessmentFacts';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { overrideFields, type OverrideChoice } from '../../../../shared/rules/ratingOverride';
import { editAsset, sampleAssessment } from '../../../support/comparableRecords';
import { flatText } from '../../../support/pdfTools';
import type { ComparableRecords } from '../../../../shared/compare/compareAssessments';

const DAY = '2026-11-20';
const fonts = await loadReportFonts();
const VENDOR_SUPPORT = "Medical device past the vendor's support end";
const XP = (f: AssessedFinding) => f.ruleId === 'os.unsupported' && f.detail.startsWith('XRAY-ACQ runs');
const KIOSK = 'The X-ray PC is unplugged from every network and only prints films; the maker services it yearly.';
const USB = 'USB ports on every PC are glued shut and the BIOS disables storage; checked on each machine.';

/** The findings as the app shows them: the rules over the records, with the records' overrides and decisions. */
function assessed(records: ComparableRecords): AssessedFinding[] {
  const facts = factsOf(records, DAY);
  return assessFindings(evaluateRules(buildContext(facts, osSupport)), records.decisions, facts.assessmentDate);
}

/** The records with an override of the finding `which` picks, made as the app makes it. */
function withOverride(
  records: ComparableRecords,
  which: (f: AssessedFinding) => boolean,
  choice: OverrideChoice,
  reason: string,
): ComparableRecords {
  const f = assessed(records).find(which);
  if (!f) throw new Error('no such finding');
  const data = newFinding({
    assessmentId: records.assessment.id,
    ruleId: f.ruleId,
    key: f.key,
    title: f.title,
    severity: f.ruleSeverity,
    status: 'open',
    evidence: f.records,
    recommendation: f.remediation,
    statusNote: '',
    ...overrideFields(f, choice, { reason, by: 'Sam Lee' }, new Date('2026-11-20T10:30:00Z')),
  });
  return { ...records, decisions: [...records.decisions, { id: crypto.randomUUID(), data }] };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const heat = (grid: number[][]) => grid.flat().reduce((a, b) => a + b, 0);

describe('overrides of a rule finding in the clinic report', { timeout: 60_000 }, () => {
  it('shows both ratings with the justification, and lists the findings not applicable here apart', () => {
    const plain = sampleAssessment(DAY);
    const records = withOverride(
      withOverride(plain, (f) => f.title === VENDOR_SUPPORT, 'low', KIOSK),
      (f) => f.ruleId === 'endpoints.usb',
      'not-applicable',
      USB,
    );
    const before = buildClinicReport(plain, DAY);
    const report = buildClinicReport(records, DAY);

    const row = report.findings.find((r) => r.title === VENDOR_SUPPORT);
    expect(row).toMatchObject({ severity: 'low', ruleSeverity: 'critical', status: 'open' });
    expect(row && ratingText(row)).toBe('Low (rule: Critical)');
    expect(row && overrideText(row)).toBe(
      `Override by Sam Lee on 2026-11-20, who rated it Low where the rule rates it Critical: ${KIOSK}`,
    );
    expect(report.open.critical).toBe(before.open.critical - 1);
    expect(report.open.low).toBe(before.open.low); // one low more (the X-ray), one less (USB, not applicable)

    expect(report.findings.some((r) => r.title === 'USB storage is unrestricted')).toBe(false);
    expect(report.notApplicable).toHaveLength(1);
    expect(report.notApplicable[0]).toMatchObject({ title: 'USB storage is unrestricted', status: 'not-applicable' });
    expect(report.notApplicable[0]?.override?.reason).toBe(USB);
    expect(total(report.open)).toBe(total(before.open) - 1);
    expect(heat(report.heatMap)).toBe(heat(before.heatMap) - 1);
    expect(report.overridesToReview).toEqual([]);
    expect(report.summary).toContain(
      "The assessor changed the rules' rating of 1 finding and judged 1 finding not applicable here, each with a written justification.",
    );
    expect(before.summary.join(' ')).not.toContain('The assessor');

    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('Low (rule: Critical)');
    expect(text).toContain(KIOSK);
    expect(text).toContain('Override by Sam Lee on 2026-11-20');
    expect(text).toContain('Not applicable here');
    expect(text).toContain(`${USB} (Sam Lee on 2026-11-20)`);
    expect(text).not.toContain('Overrides due for review');
  });

  it('keeps the override through a re-evaluation of unchanged facts, and flags it once the facts change', () => {
    const records = withOverride(sampleAssessment(DAY), XP, 'medium', KIOSK);
    // Evaluated again, on another report date and after an edit to another machine: still in force.
    const again = editAsset(records, 'FRONTDESK-01', { location: 'Back office' });
    for (const report of [buildClinicReport(records, DAY), buildClinicReport(again, '2026-12-15')]) {
      const row = report.findings.find((r) => r.key.startsWith('os.unsupported:') && r.detail.startsWith('XRAY-ACQ'));
      expect(row).toMatchObject({ severity: 'medium', ruleSeverity: 'critical' });
      expect(report.overridesToReview).toEqual([]);
    }

    // The X-ray PC's OS is corrected: the override was made on other facts.
    const edited = editAsset(records, 'XRAY-ACQ', { osVersion: 'Windows XP Professional' });
    const report = buildClinicReport(edited, DAY);
    const row = report.findings.find((r) => r.detail.startsWith('XRAY-ACQ runs Windows XP Professional'));
    expect(row).toMatchObject({ severity: 'critical', ruleSeverity: 'critical' });
    expect(row?.override).toMatchObject({ kind: 'severity', severity: 'medium', needsReview: true });
    expect(row && ratingText(row)).toBe('Critical');
    expect(report.overridesToReview.map((r) => r.key)).toEqual([row?.key]);
    expect(report.summary).toContain('1 override is due for review, as the facts changed since.');
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('Overrides due for review');
    expect(text).toContain(`Medium: ${KIOSK} (Sam Lee on 2026-11-20)`);
    expect(text).toContain(
      "Override due for review: Sam Lee on 2026-11-20 rated it Medium (“The X-ray PC is unplugged from every network and only prints films; the maker services it yearly.”), but the facts changed since, so the rule's rating, Critical, applies.",
    );
  });

  it("compares on the assessor's rating and keeps the rule's beside it", () => {
    const prior = sampleAssessment('2025-06-02');
    const current = withOverride(sampleAssessment(DAY), (f) => f.title === VENDOR_SUPPORT, 'low', KIOSK);
    const c = compareAssessments(prior, current, DAY);
    const p = c.findings.persisting.find((x) => x.after.title === VENDOR_SUPPORT);
    expect(p).toMatchObject({
      before: { severity: 'critical', ruleSeverity: 'critical' },
      after: { severity: 'low', ruleSeverity: 'critical' },
      severityChange: 'lowered',
    });
  });
});
