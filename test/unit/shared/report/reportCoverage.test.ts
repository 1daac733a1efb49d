import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { practiceId } from '../../../../shared/model/practice';
import { referencesOf } from '../../../../shared/reference/frameworks/findingReferences';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { PRACTICES_EVIDENCE, practicesTable } from '../../../../shared/report/coverageTables';
import { NO_EPHI_SCOPE, reportCoverage, type OpenFinding } from '../../../../shared/report/reportCoverage';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { needsAction } from '../../../../shared/rules/findingStatus';
import { severityRank } from '../../../../shared/rules/severity';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { flatText } from '../../../support/pdfTools';

const fonts = await loadReportFonts();

async function sample() {
  const records = await sampleRecords('field-laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  return assessmentRecordsFrom(records, records.assessment[0]!.id)!;
}

describe('the report coverage', { timeout: 60_000 }, () => {
  it('says which places patient data lives in the assessment covered, how they are encrypted and backed up', async () => {
    const { coverage } = buildClinicReport(await sample(), '2026-11-28');
    expect(coverage.ephi.total).toBe(5);
    expect(coverage.ephi.covered).toBe(4);
    // Covered first, then by name.
    expect(coverage.ephi.rows.map((r) => [r.name, r.host, r.encryption, r.backup, r.assessed])).toEqual([
      ['CloudChart EMR', 'CloudChart EMR', 'Encrypted', 'Off-site, restore not tested', true],
      ['E-fax inbox', 'PM-SRV', 'Not encrypted', 'On site only', true],
      ['PracticeMate database', 'PracticeMate PM', 'Not encrypted', 'On site only', true],
      ['X-ray studies', 'XRAY-ACQ', 'Not encrypted', 'Not backed up', true],
      ['USB backup disk', 'PM-SRV', 'Not encrypted', 'Not backed up', false],
    ]);
    expect(coverage.ephi.statement[0]).toBe('The assessment covered 4 of the 5 places where patient data lives.');
    expect(coverage.ephi.statement[1]).toBe('Not covered, so outside what this report can say: USB backup disk.');
    expect(coverage.ephi.statement.join(' ')).toContain('No off-site backup: E-fax inbox (on site only)');
  });

  it('counts the open findings against each HIPAA safeguard and HICP practice they touch, worst first', async () => {
    const records = await sample();
    const { coverage } = buildClinicReport(records, '2026-11-28');
    const open = assessRecords(records, '2026-11-28').findings.filter((f) => needsAction(f.status));
    expect(open.length).toBeGreaterThan(5);
    expect(coverage.safeguards.length).toBeGreaterThan(0);
    for (const row of coverage.safeguards) {
      expect(['hipaa', 'hicp']).toContain(row.framework);
      const touching = open.filter((f) =>
        referencesOf(f).some((ref) => ref.framework === row.framework && ref.id === row.id),
      );
      expect(row.open, `${row.framework} ${row.id}`).toBe(touching.length);
      expect(row.worst).toBe(
        [...touching].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])[0]?.severity,
      );
    }
    const hicp = coverage.safeguards.filter((s) => s.framework === 'hicp');
    for (let i = 1; i < hicp.length; i++)
      expect(severityRank[hicp[i - 1]!.worst]).toBeLessThanOrEqual(severityRank[hicp[i]!.worst]);
  });

  it('gives every HICP practice its state, and in place 12 months or more only with a start a year before the visit', async () => {
    const { coverage } = buildClinicReport(await sample(), '2026-11-28');
    expect(coverage.assessmentDate).toBe('2026-11-20');
    expect(coverage.practices).toHaveLength(10);
    const byId = new Map(coverage.practices.map((p) => [p.practice, p]));
    expect(byId.get('1')).toMatchObject({ state: 'In place', since: '2024-10-01', twelveMonths: true });
    expect(byId.get('2')).toMatchObject({ state: 'In place', since: '2026-04-01', twelveMonths: false });
    expect(byId.get('6')).toMatchObject({ state: 'Not in place', twelveMonths: false });
    expect(byId.get('8')).toMatchObject({ state: 'Not known', since: '', twelveMonths: false });
    expect(coverage.practicesTwelveMonths).toBe(1);
    expect(coverage.practicesRecorded).toBe(9);
    // Network management (6) has open findings in the sample: a flat network, bridged Wi-Fi.
    expect(byId.get('6')!.open).toBeGreaterThan(0);
  });

  it('says the scope cannot be stated when no store is recorded', async () => {
    const records = await sample();
    const { coverage } = buildClinicReport({ ...records, ephiStores: [], practices: [] }, '2026-11-28');
    expect(coverage.ephi.statement).toEqual([NO_EPHI_SCOPE]);
    expect(coverage.practicesRecorded).toBe(0);
    expect(coverage.practices.every((p) => p.state === 'Not known')).toBe(true);
  });

  it('counts a year to the day as 12 months, a day less as not', async () => {
    const id = await practiceId('a1', '3');
    const at = (since: string) =>
      reportCoverage({
        ephiStores: [],
        practices: [{ id, data: { assessmentId: 'a1', practice: '3', state: 'in-place', since, notes: '' } }],
        openFindings: [],
        assessmentDate: '2026-11-20',
        names: new Map(),
      }).practices[2]!.twelveMonths;
    expect(at('2025-11-20')).toBe(true);
    expect(at('2025-11-21')).toBe(false);
  });

  it('says where a practice stated to be in place 12 months has open High or Critical findings against it', async () => {
    const id = await practiceId('a1', '2');
    const coverage = (openFindings: OpenFinding[]) =>
      reportCoverage({
        ephiStores: [],
        practices: [
          { id, data: { assessmentId: 'a1', practice: '2', state: 'in-place', since: '2024-01-10', notes: '' } },
        ],
        openFindings,
        assessmentDate: '2026-11-20',
        names: new Map(),
      });
    const twelveCell = (openFindings: OpenFinding[]) => practicesTable({ coverage: coverage(openFindings) })[1][1]![3];
    const unsupported: OpenFinding = { ruleId: 'os.unsupported', area: 'endpoints', severity: 'high' };
    const noEdr: OpenFinding = { ruleId: 'endpoints.no-edr', area: 'endpoints', severity: 'critical' };
    const usb: OpenFinding = { ruleId: 'endpoints.usb', area: 'endpoints', severity: 'medium' };
    expect(twelveCell([])).toBe('Yes');
    expect(twelveCell([usb])).toBe('Yes');
    expect(twelveCell([unsupported, usb])).toBe('Yes — but 1 open High or Critical finding');
    expect(twelveCell([unsupported, noEdr, usb])).toBe('Yes — but 2 open High or Critical findings');
    expect(coverage([unsupported, noEdr, usb]).practices[1]).toMatchObject({ open: 3, openSerious: 2 });
    // A practice not in place 12 months says No, whatever is open against it.
    expect(practicesTable({ coverage: coverage([unsupported]) })[1][2]![3]).toBe('No');
    expect(practicesTable({ coverage: coverage([]) })[0][3]).toBe('12 months or more (as stated)');
  });

  it('lays the chapter out in the clinic PDF', async () => {
    const records = await sample();
    const text = flatText(clinicReportPdf(buildClinicReport(records, '2026-11-28'), fonts));
    expect(text).toContain('Patient data and practices');
    expect(text).toContain('The assessment covered 4 of the 5 places where patient data lives.');
    expect(text).toMatch(/X-ray studies .*Imaging \(PACS, device storage\).*Not encrypted Not backed up Yes/);
    expect(text).toContain('Safeguards and practices with open findings');
    expect(text).toContain('Public Law 116-321');
    expect(text).toContain(
      '1 of the ten practices had been in place for 12 months or more on 2026-11-20, as stated by the clinic.',
    );
    expect(text).toContain(PRACTICES_EVIDENCE);
    expect(text).toContain('HHS expects documented evidence that a practice was in place for the prior 12 months.');
    expect(text).toContain('12 months or more (as stated)');
    expect(text).toMatch(/1\. Email protection systems In place 2024-10-01 Yes/);
    const empty = flatText(clinicReportPdf(buildClinicReport({ ...records, ephiStores: [] }, '2026-11-28'), fonts));
    expect(empty).toContain(NO_EPHI_SCOPE);
  });
});
