import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';

const fonts = await loadReportFonts();

async function sample() {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  return assessmentRecordsFrom(records, records.assessment[0]!.id)!;
}

describe('the identity and administration chapter', { timeout: 60_000 }, () => {
  it('holds the register in plain words, by system, and the email answers that apply', async () => {
    const report = buildClinicReport(await sample(), '2026-11-28');
    const { holders, answers } = report.identity;
    expect(holders.map((h) => [h.system, h.person, h.organisation, h.stillEmployed, h.mfa, h.accountType])).toEqual([
      ['Firewall', 'Maria Okafor', 'The seller (former owner)', 'No, left', 'No', 'Personal'],
      ['Windows domain / directory', 'admin (BrightDesk technicians)', "The clinic's MSP", 'Yes', 'No', 'Shared'],
      [
        'Email tenant (Microsoft 365, Google Workspace)',
        'Dana Ruiz, practice manager',
        'The clinic',
        'Yes',
        'Yes',
        'Personal',
      ],
      ['EMR', 'CloudChart support', 'A vendor', 'Yes', 'Not known', 'Shared'],
    ]);
    expect(answers.find((a) => a.question.startsWith('What DMARC policy'))).toEqual({
      question: 'What DMARC policy does the domain publish?',
      answer: 'p=none (monitoring only)',
      note: 'v=DMARC1; p=none, no reporting address',
    });
    // The registrar's MFA is asked only when its holder is known.
    expect(answers.some((a) => a.question.startsWith('Does the registrar account use'))).toBe(false);
  });

  it('prints the chapter with the register and the identity findings', async () => {
    const text = flatText(clinicReportPdf(buildClinicReport(await sample(), '2026-11-28'), fonts));
    const chapter = text.slice(text.lastIndexOf('Identity and administration'));
    expect(chapter).toMatch(/Admin register/);
    expect(chapter).toMatch(/Maria Okafor/);
    expect(chapter).toMatch(/No, left/);
    expect(chapter).toMatch(/admin \(BrightDesk technicians\)/);
    expect(chapter).toMatch(/Email and privileged access/);
    expect(chapter).toMatch(/p=none \(monitoring only\)/);
    expect(text).toContain('Departed staff still hold admin access');
    expect(text).toContain('Maria Okafor, the seller');
  });

  it('says so when nobody is recorded', async () => {
    const records = { ...(await sample()), adminAccounts: [], answers: [] };
    const report = buildClinicReport(records, '2026-11-28');
    expect(report.identity.holders).toEqual([]);
    const text = flatText(clinicReportPdf(report, fonts));
    expect(text).toContain('No admin holder is recorded');
  });
});
