import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { frameworkSources, referencesOf } from '../../../../shared/reference/frameworks/findingReferences';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { citedReferences } from '../../../../shared/report/frameworksTables';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';

const fonts = await loadReportFonts();

async function sampleReport() {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const assessmentId = records.assessment[0]!.id;
  return buildClinicReport(assessmentRecordsFrom(records, assessmentId)!, '2026-11-28');
}

describe('framework references in the clinic report', { timeout: 60_000 }, () => {
  it('gives every finding row its references, HIPAA first', async () => {
    const report = await sampleReport();
    expect(report.findings.length).toBeGreaterThan(20);
    for (const row of report.findings) {
      expect(row.references[0]?.framework, row.title).toBe('hipaa');
      expect(
        row.references.some((r) => r.framework === 'csf'),
        row.title,
      ).toBe(true);
    }
    const unsupported = report.findings.find((f) => f.key.startsWith('os.unsupported:'));
    expect(unsupported?.references).toEqual(referencesOf({ ruleId: 'os.unsupported', area: 'endpoints' }));
  });

  it('prints each finding’s references compactly, and an appendix with the four editions and the cited titles', async () => {
    const report = await sampleReport();
    const pdf = clinicReportPdf(report, fonts);
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, pdf);
    const text = flatText(pdf);
    // pdftotext joins a wrapped cell's lines with a space; the reference line may wrap after any comma.
    const flat = (s: string) => s.replace(/\s+/g, '');
    const squeezed = flat(text);
    expect(squeezed).toContain(
      flat(
        'References: HIPAA 164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B) · HICP 2.S.A, 2.M.A, 7.S.A, 7.M.D · CPG E1 · CSF ID.AM-08, PR.PS-02, ID.RA-01',
      ),
    );
    expect(text.match(/References: HIPAA/g)?.length).toBe(report.findings.length);

    expect(text).toContain('Appendix: frameworks and references');
    for (const source of frameworkSources) expect(squeezed, source.framework).toContain(flat(source.edition));
    expect(squeezed).toContain(flat('As amended by the Omnibus Rule (78 FR 5566, January 25, 2013)'));
    expect(text).toContain('References the findings cite');
    const cited = citedReferences(report.findings);
    expect(cited.map((r) => r.id)).toContain('164.308(a)(1)(ii)(B)');
    for (const ref of cited) expect(squeezed, `${ref.framework} ${ref.id}`).toContain(flat(`${ref.id} ${ref.title}`));
  });
});
