import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';
import { northwindProfile, packWith } from '../../../support/packWith';

const fonts = await loadReportFonts();

describe('the address plan and agent coverage chapter (PDF)', { timeout: 60_000 }, () => {
  it("lays out the sample clinic under the parent's plan and agents", async () => {
    const all = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
    const assessmentId = all.assessment[0]?.id ?? '';
    const records = assessmentRecordsFrom(all, assessmentId);
    if (!records) throw new Error('the sample has an assessment');
    const pack = packWith({
      ...northwindProfile,
      addressPlan: [...northwindProfile.addressPlan, { cidr: '192.168.0.0/16', name: 'Regional offices' }],
    });
    const pdf = clinicReportPdf(buildClinicReport(records, '2026-11-28', undefined, undefined, pack), fonts);
    if (process.env.INTEGRATION_FIT_PDF) await writeFile(process.env.INTEGRATION_FIT_PDF, pdf);
    const text = flatText(pdf);
    expect(text).toContain('Address plan and agent coverage');
    expect(text).toContain("The parent's address plan: 10.0.0.0/8 (Corporate data centres)");
    expect(text).toContain('The parent requires: Falcon EDR, Log forwarder.');
    expect(text).toContain('Compensating control');
    expect(text).toContain("192.168.1.0/24 overlaps the parent's 192.168.0.0/16 (Regional offices)");
  });
});
