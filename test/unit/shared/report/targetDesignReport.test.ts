import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { proposalOf } from '../../../../shared/integration/targetDesignOf';
import { flatText } from '../../../support/pdfTools';

const fonts = await loadReportFonts();

async function sample() {
  const bundle = await sampleRecords('laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const assessmentId = bundle.assessment[0]!.id;
  return { records: assessmentRecordsFrom(bundle, assessmentId)!, assessmentId };
}

describe('the report’s target design chapter', { timeout: 60_000 }, () => {
  it('lists the differences and the change request', async () => {
    const { records, assessmentId } = await sample();
    const proposal = proposalOf(assessRecords(records, '2026-11-20').context, assessmentId);
    const withDesign = { ...records, targetFlows: proposal.map((data) => ({ id: crypto.randomUUID(), data })) };
    const report = buildClinicReport(withDesign, '2026-11-28');
    expect(report.targetDesign.counts).toEqual({ add: 1, remove: 2, change: 8, keep: 2 });
    expect(report.targetDesign.changeRequest).toHaveLength(11);
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('Target design');
    expect(text).toContain('1 added, 2 removed, 8 changed, 2 kept.');
    expect(text).toContain('Firewall change request');
    expect(text).toContain('RDP (tcp/3389)');
    expect(text).toContain('No remote-access gateway is named');
  });

  it('says when no target design is recorded', async () => {
    const { records } = await sample();
    const report = buildClinicReport(records, '2026-11-28');
    expect(report.targetDesign.changeRequest).toEqual([]);
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('No target design is recorded for this assessment yet.');
  });
});
