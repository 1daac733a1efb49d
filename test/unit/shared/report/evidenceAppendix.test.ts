import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { answerId } from '../../../../shared/checklists/answerId';
import type { Evidence } from '../../../../shared/model/evidence';
import { findingId } from '../../../../shared/rules/findingStatus';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { attachedWords } from '../../../../shared/report/reportTables';
import { appendixLimits, photosToInclude } from '../../../../shared/report/reportEvidence';
import { withEvidence } from '../../../../shared/report/withEvidence';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';
import { pdfImages } from '../../../support/pdfImages';

const fonts = await loadReportFonts();
const photo = new Uint8Array(
  readFileSync(path.join(import.meta.dirname, '../../../fixtures/evidence/label-40x30.jpg')),
);
const SHA = (c: string) => c.repeat(64);

async function sampleWithEvidence() {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const selected = assessmentRecordsFrom(records, records.assessment[0]!.id)!;
  const assessmentId = selected.assessment.id;
  const report = buildClinicReport(selected, '2026-11-28');
  const finding = report.findings[0]!;
  const device = selected.assets.find((a) => a.data.name)!;
  const base = { assessmentId, caption: '', width: 0, height: 0, addedBy: 'Sam Lee' };
  const item = (id: string, data: Partial<Evidence> & Pick<Evidence, 'target' | 'targetId'>) => ({
    id,
    data: {
      ...base,
      fileName: 'x',
      mediaType: 'image/jpeg' as const,
      size: 1000,
      sha256: SHA('a'),
      addedAt: '2026-11-20T10:00:00.000Z',
      ...data,
    },
  });
  const evidence = [
    item('e1', {
      target: 'finding',
      targetId: await findingId(assessmentId, finding.key),
      fileName: 'mds2.pdf',
      mediaType: 'application/pdf',
      size: 250_000,
      sha256: SHA('b'),
      caption: 'Vendor MDS2 form',
    }),
    item('e2', {
      target: 'asset',
      targetId: device.id,
      fileName: 'label.jpg',
      caption: 'Rating plate on the back',
      width: 40,
      height: 30,
    }),
    item('e3', {
      target: 'answer',
      targetId: await answerId(assessmentId, 'scanning.window-agreed'),
      fileName: 'closet.png',
      mediaType: 'image/png',
      sha256: SHA('c'),
    }),
  ];
  return { selected: { ...selected, evidence }, report, finding, device };
}

describe('the evidence appendix', { timeout: 60_000 }, () => {
  it('lists each item under what it documents, with caption, file, size and SHA-256 start', async () => {
    const { selected, report, finding, device } = await sampleWithEvidence();
    const rows = (await withEvidence(report, selected)).evidence!;
    expect(rows.map((r) => [r.documents, r.caption, r.fileName, r.size, r.hashPrefix, r.photo])).toEqual([
      [`Device: ${device.data.name}`, 'Rating plate on the back', 'label.jpg', '1000 bytes', 'a'.repeat(16), true],
      [`Finding: ${finding.title}`, 'Vendor MDS2 form', 'mds2.pdf', '244 kB', 'b'.repeat(16), false],
      expect.arrayContaining([expect.stringMatching(/^Checklist answer: /), 'closet.png']),
    ]);
    expect(rows[2]!.documents).not.toContain('no longer in the assessment');
  });

  it('lays the given photos out in the PDF and lists the others with the reason', async () => {
    const { selected, report } = await sampleWithEvidence();
    const full = await withEvidence(report, selected);
    const pdf = clinicReportPdf(full, fonts, undefined, {
      bytes: new Map([[SHA('a'), photo]]),
      missing: 'not in this file',
    });
    const text = flatText(pdf);
    expect(text).toContain('Appendix: evidence');
    expect(text).toContain('Rating plate on the back');
    expect(text).toContain('Photo, below');
    expect(text).toContain('Photo not in this file');
    expect(text).toContain('File, listed only');
    expect(pdfImages(pdf).list.filter((i) => i.encoding === 'jpeg')).toEqual([
      { width: 40, height: 30, encoding: 'jpeg' },
    ]);
    // Without bytes (the CLI on a file that carries none) nothing is pictured, all is listed.
    const bare = clinicReportPdf(full, fonts);
    expect(pdfImages(bare).list.filter((i) => i.encoding === 'jpeg')).toEqual([]);
    expect(flatText(bare)).toContain('label.jpg');
  });

  it('counts what is attached without naming what is not ("1 photo", not "1 photo and 0 files")', () => {
    expect(attachedWords(1, 0)).toBe('1 photo');
    expect(attachedWords(0, 2)).toBe('2 files');
    expect(attachedWords(3, 1)).toBe('3 photos and 1 file');
  });

  it('takes at most the appendix limits of photos, each once, and counts the rest', () => {
    const many = Array.from({ length: appendixLimits.photos + 5 }, (_, i) => ({
      sha256: i.toString(16).padStart(64, '0'),
      size: 1000,
      mediaType: 'image/jpeg' as const,
    }));
    const { include, leftOut } = photosToInclude([...many, many[0]!, { ...many[1]!, mediaType: 'application/pdf' }]);
    expect(include).toHaveLength(appendixLimits.photos);
    expect(leftOut).toBe(5);
    const big = photosToInclude([
      { sha256: SHA('1'), size: 40 * 1024 * 1024, mediaType: 'image/jpeg' },
      { sha256: SHA('2'), size: 30 * 1024 * 1024, mediaType: 'image/png' },
      { sha256: SHA('3'), size: 10 * 1024 * 1024, mediaType: 'image/jpeg' },
    ]);
    expect(big).toEqual({ include: [SHA('1'), SHA('3')], leftOut: 1 });
  });
});
