import { FINDINGS_REFERENCES_NOTE } from '../../../../../shared/report/frameworksTables';
import { groupedByScore } from '../../../../../shared/report/heatMapZones';
import { isOpen } from '../../../../../shared/report/reportFindings';
import { PRACTICES_EVIDENCE, practicesSummary, TWELVE_MONTHS_HEAD } from '../../../../../shared/report/coverageTables';
import { compactReferences } from '../../../../../shared/reference/frameworks/referenceText';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../../electron/cli/reportFonts';
import { CLASSIFICATION, buildClinicReport } from '../../../../../shared/report/clinicReport';
import { assessmentRecordsFrom } from '../../../../../shared/report/assessmentsInFile';
import { clinicReportDocx } from '../../../../../shared/report/docx/clinicReportDocx';
import { withEvidence } from '../../../../../shared/report/withEvidence';
import { sampleRecords } from '../../../../../shared/sample/sampleRecords';
import { decodePng, headings, openDocx, tables, textOf } from '../../../../support/docxTools';

const fonts = await loadReportFonts();
const photo = new Uint8Array(
  readFileSync(path.join(import.meta.dirname, '../../../../fixtures/evidence/label-40x30.jpg')),
);
const SHA = 'a'.repeat(64);

async function sampleReport(name = 'Clínica São José — Zürich & Łódź') {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  records.clinic[0]!.data = { ...records.clinic[0]!.data, name };
  const selected = assessmentRecordsFrom(records, records.assessment[0]!.id)!;
  const device = selected.assets.find((a) => a.data.name)!;
  const evidence = [
    {
      id: 'e1',
      data: {
        assessmentId: selected.assessment.id,
        target: 'asset' as const,
        targetId: device.id,
        fileName: 'label.jpg',
        mediaType: 'image/jpeg' as const,
        size: photo.length,
        sha256: SHA,
        caption: 'Rating plate on the back',
        width: 40,
        height: 30,
        addedBy: 'Sam Lee',
        addedAt: '2026-11-20T10:00:00.000Z',
      },
    },
  ];
  const withPhoto = { ...selected, evidence };
  return withEvidence(buildClinicReport(withPhoto, '2026-11-28'), withPhoto);
}

describe('the clinic report as a Word document', { timeout: 120_000 }, () => {
  it('has the PDF’s chapters as Word headings, in order, every finding and device in Word tables, and the photo', async () => {
    const report = await sampleReport();
    const progress: string[] = [];
    const docx = openDocx(
      await clinicReportDocx(report, {
        fonts,
        photos: { bytes: new Map([[SHA, photo]]), missing: 'not in this file' },
        progress: (label) => progress.push(label),
      }),
    );
    const all = headings(docx.document);
    expect(all.filter((h) => h.style === 'Heading1').map((h) => h.text)).toEqual([
      'Executive summary',
      "Connecting to the parent's network",
      'Findings',
      'Decisions on findings',
      'Device inventory',
      'Patient data and practices',
      'Networks and segmentation',
      'Identity and administration',
      'Address plan and agent coverage',
      'Target design',
      'Bandwidth and scanning plan',
      'Appendix: checklist answers',
      'Appendix: frameworks and references',
      'Appendix: evidence',
    ]);
    const sections = all.filter((h) => h.style === 'Heading2').map((h) => h.text);
    for (const section of [
      'What to do first',
      'Likelihood and impact',
      'Findings by device',
      'Vendor remote access register',
      'Scanning plan',
      'Photos',
    ])
      expect(sections).toContain(section);
    // Word's own heading styles, so the navigation pane and the contents follow them.
    expect(docx.xml('word/styles.xml')).toMatch(/w:styleId="Heading1"/);
    expect(docx.document).toContain('TOC \\h \\o &quot;1-2&quot;');
    // Word offers to update the fields on opening, which numbers the contents; until then they list the headings.
    // (An on/off element with no value is on.)
    expect(docx.xml('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    const contents = docx.document.match(/<w:sdt>.*?<\/w:sdt>/s)?.[0] ?? '';
    expect(textOf(contents)).toContain('Executive summary');
    expect(textOf(contents)).toContain('Appendix: frameworks and references');

    const text = textOf(docx.document);
    expect(text).toContain('Clínica São José — Zürich & Łódź');
    expect(text).toContain(`${report.findings.length} findings, most severe first`);
    const [findingsTable] = tables(docx.document).filter((t) => textOf(t).startsWith('Severity\nFinding\nEvidence'));
    expect(findingsTable).toBeDefined();
    expect(findingsTable).toContain('<w:tblHeader/>');
    const findingsText = textOf(findingsTable!);
    for (const f of report.findings) {
      expect(findingsText, f.title).toContain(f.title);
      expect(findingsText, f.title).toContain(f.remediation);
      for (const p of f.paths) expect(findingsText).toContain(`Path: ${p}`);
      expect(findingsText, f.title).toContain(`References: ${compactReferences(f.references)}`);
    }
    // What the PDF says around its tables and charts, the Word report says too.
    expect(text).toContain(FINDINGS_REFERENCES_NOTE);
    const open = report.findings.filter(isOpen);
    const listed = groupedByScore(open).slice(0, 8);
    expect(text).toContain(`and ${open.length - listed.reduce((n, f) => n + f.n, 0)} more, in the findings chapter`);
    expect(text).toContain('References the findings cite');
    for (const store of report.coverage.ephi.rows) expect(text).toContain(store.name);
    expect(text).toContain(practicesSummary(report));
    expect(text).toContain(PRACTICES_EVIDENCE);
    expect(text).toContain(TWELVE_MONTHS_HEAD);
    expect(text).toContain('45 CFR Part 164');
    const inventory = tables(docx.document).find((t) => textOf(t).startsWith('Device\nKind\nVendor and model'));
    for (const device of report.inventory) expect(textOf(inventory!)).toContain(device.name);
    expect(text).toContain(report.verdict.headline);

    // Classification and page numbers in the header and footer of every page.
    const footers = Object.keys(docx.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(textOf(docx.xml(footer))).toContain(CLASSIFICATION);
      expect(docx.xml(footer)).toMatch(/PAGE[\s\S]*NUMPAGES/);
    }
    const headers = Object.keys(docx.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
    expect(headers.map((h) => textOf(docx.xml(h))).join('\n')).toContain(CLASSIFICATION.toUpperCase());

    // The two charts as whole PNGs, and the photo as it was given.
    const media = Object.keys(docx.files).filter((f) => f.startsWith('word/media/'));
    const pngs = media.filter((f) => f.endsWith('.png')).map((f) => decodePng(docx.files[f]!));
    expect(pngs).toHaveLength(2);
    for (const png of pngs) expect(png.width).toBeGreaterThan(600);
    const jpegs = media.filter((f) => /\.jpe?g$/.test(f));
    expect(jpegs.map((f) => docx.files[f])).toEqual([photo]);
    expect(text).toContain('Rating plate on the back');
    expect(progress.at(-1)).toBe('Finishing…');
  });

  it('has the deal and the changes since the last visit only when the report has them', async () => {
    const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
    const selected = assessmentRecordsFrom(records, records.assessment[0]!.id)!;
    const plain = buildClinicReport(selected, '2026-11-28');
    expect(plain.deal).toBeNull();
    const titlesOf = async (report: typeof plain) =>
      headings(openDocx(await clinicReportDocx(report, { fonts })).document).map((h) => h.text);
    const without = await titlesOf(plain);
    for (const title of ['Deal considerations', 'Changes since the previous visit', 'Appendix: evidence'])
      expect(without).not.toContain(title);
    const diligence = {
      ...selected,
      assessment: { ...selected.assessment, data: { ...selected.assessment.data, phase: 'diligence' as const } },
    };
    const withBoth = await titlesOf(buildClinicReport(diligence, '2026-11-28', selected));
    expect(withBoth).toContain('Deal considerations');
    expect(withBoth).toContain('Changes since the previous visit');
    expect(withBoth.indexOf('Deal considerations')).toBeLessThan(withBoth.indexOf('Findings'));
  });
});
