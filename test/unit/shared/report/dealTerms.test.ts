import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import type { AssessmentRecords } from '../../../../shared/model/assessmentRecords';
import { builtInPack } from '../../../../shared/reference/contentPack';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { bandAmount, dealTerms } from '../../../../shared/report/dealTerms';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';
import { testPack } from '../../../support/testPack';

const fonts = await loadReportFonts();

async function sample(phase: 'diligence' | 'integration'): Promise<AssessmentRecords> {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const assessment = records.assessment[0];
  if (!assessment) throw new Error('the sample has an assessment');
  assessment.data = { ...assessment.data, phase };
  const one = assessmentRecordsFrom(records, assessment.id);
  if (!one) throw new Error('the sample has its records');
  return one;
}

const northwind = testPack({
  profile: {
    costBands: [
      { severity: 'critical', cost: 'USD 20,000–60,000', time: '2–4 months' },
      { severity: 'high', cost: 'USD 5,000–15,000', time: '1–2 months' },
    ],
    mustFix: { minSeverity: 'critical' },
  },
});

describe('deal terms of a pre-close assessment', { timeout: 60_000 }, () => {
  it('reads the amounts of cost bands', () => {
    expect(bandAmount('USD 2,000–10,000')).toEqual({ currency: 'USD', low: 2000, high: 10000 });
    expect(bandAmount('under USD 500')).toEqual({ currency: 'USD', low: 0, high: 500 });
    expect(bandAmount('none')).toEqual({ currency: '', low: 0, high: 0 });
    expect(bandAmount('EUR 1,500')).toEqual({ currency: 'EUR', low: 1500, high: 1500 });
    expect(bandAmount('ask the integration team')).toBeNull();
  });

  it("groups the open findings by severity with the pack's bands (built-in ones for the rest), and adds them up", async () => {
    const records = await sample('diligence');
    const { findings } = assessRecords(records, '2026-11-28', northwind);
    const deal = dealTerms(findings, northwind, 'Northwind Health');
    const open = findings.filter((f) => f.status === 'open');
    expect(deal.lines.reduce((n, l) => n + l.findings.length, 0)).toBe(open.length);
    const critical = deal.lines.find((l) => l.severity === 'critical');
    const medium = deal.lines.find((l) => l.severity === 'medium');
    expect(critical).toMatchObject({ cost: 'USD 20,000–60,000', time: '2–4 months' });
    expect(medium).toMatchObject({ cost: 'USD 500–2,000', time: '1–3 months' }); // the built-in band
    const n = (s: string) => open.filter((f) => f.severity === s).length;
    expect(n('critical') * n('high') * n('medium')).toBeGreaterThan(0);
    const low = 20_000 * n('critical') + 5_000 * n('high') + 500 * n('medium') + 0 * n('low');
    const high = 60_000 * n('critical') + 15_000 * n('high') + 2_000 * n('medium') + 500 * n('low');
    expect(deal.total).toBe(`USD ${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')}`);
    // Must-fix by the pack's policy: critical only.
    expect(critical?.findings.every((f) => f.mustFix === 'Critical severity (must-fix from Critical)')).toBe(true);
    expect(deal.lines.find((l) => l.severity === 'high')?.findings.every((f) => f.mustFix === null)).toBe(true);
    expect(deal.mustFixCount).toBe(n('critical'));
    expect(deal.summary[0]).toMatch(/^Before closing, price in: \d+ critical findings? at USD 20,000–60,000 each/);
    expect(deal.summary[1]).toContain('the seller cannot be directed to make changes');
    expect(deal.priceIn[0]).toMatch(
      /^Price in “.*” \(critical\): (\d+ × )?USD 20,000–60,000, 2–4 months after closing; must be fixed before connecting/,
    );
    const titles = deal.priceIn.map((line) => /“(.*)”/.exec(line)?.[1]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(deal.priceIn.some((line) => /” \(critical\): \d+ × USD/.test(line))).toBe(true);
    expect(deal.bandsFrom).toBe('Northwind integration standard');
  });

  it('says when bands cannot be added up', async () => {
    const odd = testPack({ profile: { costBands: [{ severity: 'high', cost: 'ask the MSP', time: 'weeks' }] } });
    const { findings } = assessRecords(await sample('diligence'), '2026-11-28', odd);
    expect(dealTerms(findings, odd, '').total).toBe('not added up: the high band ("ask the MSP") is not an amount');
  });

  it('speaks to deal terms in a diligence report and instructs the clinic in an integration one', async () => {
    const diligence = buildClinicReport(await sample('diligence'), '2026-11-28', undefined, undefined, northwind);
    const integration = buildClinicReport(await sample('integration'), '2026-11-28', undefined, undefined, northwind);
    expect(diligence.deal).not.toBeNull();
    expect(integration.deal).toBeNull();
    expect(diligence.summary.some((s) => s.startsWith('Before closing, price in:'))).toBe(true);
    expect(integration.summary.some((s) => s.includes('price in'))).toBe(false);
    expect(diligence.firstActions.every((a) => a.startsWith('Price in '))).toBe(true);
    expect(integration.firstActions.some((a) => a.startsWith('Price in '))).toBe(false);

    const withDeal = flatText(clinicReportPdf(diligence, fonts));
    expect(withDeal).toContain('Deal considerations');
    expect(withDeal).toContain('USD 20,000–60,000');
    expect(withDeal).toContain('Bands from Northwind integration standard');
    expect(flatText(clinicReportPdf(integration, fonts))).not.toContain('Deal considerations');
  });

  it('uses the built-in bands without a pack', async () => {
    const { findings } = assessRecords(await sample('diligence'), '2026-11-28', builtInPack);
    const deal = dealTerms(findings, builtInPack, 'Northwind Health');
    expect(deal.bandsFrom).toContain('built-in planning figures');
    expect(deal.lines.find((l) => l.severity === 'high')?.cost).toBe('USD 2,000–10,000');
  });
});
