import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { HybridClock } from '../../../../shared/model/hlc';
import { createVersioned } from '../../../../shared/model/versionedRecord';
import { flatText, inkPerPage, pdfPages, pdfText } from '../../../support/pdfTools';
import { isOpen } from '../../../../shared/report/reportFindings';
import { portfolioRecords } from '../../../support/portfolioFixture';

const fonts = await loadReportFonts();

async function sampleReport(name = 'Clínica São José — Zürich & Łódź') {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const clinic = records.clinic[0];
  const assessment = records.assessment[0];
  if (!clinic || !assessment) throw new Error('the sample has a clinic');
  clinic.data = { ...clinic.data, name };
  return { records, assessmentId: assessment.id };
}

describe('clinic assessment report (PDF)', { timeout: 60_000 }, () => {
  it('says what the report must say, in Unicode, with every finding', async () => {
    const { records, assessmentId } = await sampleReport();
    const report = buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28');
    const pdf = clinicReportPdf(report, fonts);
    const text = flatText(pdf);
    expect(text).toContain('CONFIDENTIAL — CONTAINS SECURITY FINDINGS');
    expect(text).toContain('Clínica São José — Zürich & Łódź');
    for (const heading of [
      'Contents',
      'Executive summary',
      'What to do first',
      'Likelihood and impact',
      'Findings',
      'Device inventory',
      'Networks and segmentation',
      'Vendor remote access register',
      'Bandwidth',
      'Scanning plan',
      'Appendix: checklist answers',
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(report.findings.length).toBeGreaterThan(20);
    for (const f of report.findings) expect(text, f.title).toContain(f.title.replace(/\s+/g, ' '));
    expect(text).toContain(`${report.findings.length} findings, most severe first`);
    expect(text).toContain(
      `has ${report.findings.filter((f) => f.status === 'open').length} open findings: ${report.open.critical} critical`,
    );
    for (const device of report.inventory) expect(text).toContain(device.name);
    expect(text).toContain('Windows XP');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(48);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    const ink = inkPerPage(pdf);
    expect(ink).toHaveLength(pages);
    for (const [i, share] of ink.entries()) expect(share, `page ${i + 1}`).toBeGreaterThan(0.005);
  });

  it('uses the heat map page: the open findings of the highest likelihood × impact beside the grid, the bands under it', async () => {
    const { records, assessmentId } = await sampleReport();
    const report = buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28');
    const page = pdfText(clinicReportPdf(report, fonts))
      .split('\f')
      .find((p) => p.includes('Likelihood and impact') && !p.includes('Contents'))
      ?.replace(/\s+/g, ' ');
    const open = report.findings.filter(isOpen);
    const top = Math.max(...open.map((f) => f.likelihood * f.impact));
    const worst = open.find((f) => f.likelihood * f.impact === top && f.severity === 'critical')!;
    expect(page).toContain('Highest likelihood × impact');
    expect(page).toContain(`${worst.likelihood}×${worst.impact}`);
    expect(page).toContain(worst.title.split(' ').slice(0, 3).join(' '));
    const inBand = open.filter((f) => f.likelihood * f.impact >= 12).length;
    expect(page).toContain(`Open findings by score: 12–16: ${inBand}`);
  });

  it('is the same file, byte for byte, for the same data and date', async () => {
    const { records, assessmentId } = await sampleReport();
    const one = clinicReportPdf(buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28'), fonts);
    const two = clinicReportPdf(buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28'), fonts);
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
    const later = clinicReportPdf(
      buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-29'),
      fonts,
    );
    expect(Buffer.from(later).equals(Buffer.from(one))).toBe(false);
  });

  it('a clinic with 5,000 devices comes out whole: long tables break across pages with their headers', async () => {
    const { records, assessmentId } = await sampleReport('Łódź Medical Centre');
    const template = records.asset[0]!;
    const clock = new HybridClock(() => Date.parse('2026-11-20T09:00:00Z'));
    for (let i = 0; i < 5000; i++) {
      records.asset.push(
        createVersioned(
          `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          { ...template.data, name: `WS-${String(i).padStart(4, '0')}`, serial: `SN-${i}` },
          { stamp: clock.tick(), device: 'field-laptop' },
        ),
      );
    }
    const pdf = clinicReportPdf(buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28'), fonts);
    const text = flatText(pdf);
    expect(text).toContain('WS-0000');
    expect(text).toContain('WS-4999');
    expect(text).toContain('5,015 devices;');
    const headers = text.split('Device Kind Vendor and model Operating system Support').length - 1;
    expect(headers).toBeGreaterThan(50);
    // Over 5,000 findings, each with its references line: on a busy two-core machine this takes over a minute.
  }, 150_000);

  it('says what changed since the previous visit: findings resolved, an OS upgraded', async () => {
    const records = await portfolioRecords(['Clínica São José'], 0);
    const [current, prior] = [...records.assessment].sort((a, b) => b.data.startDate.localeCompare(a.data.startDate));
    // Since the first visit, the exam-room PC left Windows 7.
    const pc = records.asset.find((a) => a.data.assessmentId === current!.id && a.data.name === 'EXAM-PC-1')!;
    pc.data = { ...pc.data, osVersion: 'Windows 11 Pro 25H2' };
    const report = buildClinicReport(
      assessmentRecordsFrom(records, current!.id)!,
      '2026-11-28',
      assessmentRecordsFrom(records, prior!.id),
    );
    expect(report.comparison?.findings.resolved.length).toBeGreaterThan(0);
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('Changes since the previous visit');
    expect(text).toContain('Compared with “First visit after the acquisition” of 2025-11-20.');
    expect(text).toContain('Resolved findings');
    expect(text).toMatch(/Changed EXAM-PC-1 .*Windows 7 Professional SP1 → Windows 11 Pro 25H2/);
    for (const f of report.comparison?.findings.resolved ?? []) expect(text).toContain(f.title);
    expect(text).toContain('Since the previous visit (2025-11-20):');
  });
});
