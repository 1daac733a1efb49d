import { describe, expect, it } from 'vitest';
import { loadReportFonts } from '../../../../electron/cli/reportFonts';
import { PARENT_ZONE } from '../../../../shared/model/flow';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { clinicReportPdf } from '../../../../shared/report/pdf/clinicReportPdf';
import { flow, network } from '../../../support/assessmentFacts';
import { imagingCentre } from '../../../support/golden/imagingCentre';
import { goldenRecords } from '../../../support/goldenRecords';
import { flatText } from '../../../support/pdfTools';

const fonts = await loadReportFonts();

describe('clinic report: paths, owners and reachability between zones (PDF)', { timeout: 60_000 }, () => {
  const records = goldenRecords(imagingCentre());
  const pdf = clinicReportPdf(buildClinicReport(records, '2026-11-28'), fonts);
  const text = flatText(pdf);

  it("shows each finding's path evidence and owner", () => {
    expect(text).toContain(
      'Path: MedScan Service VPN → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)',
    );
    expect(text).toContain("Owner: The parent's IT");
    expect(text).toContain('Owner: The device maker');
    expect(text).toMatch(
      /Findings by device .*MRI-CONSOLE 3 open findings Critical Operating system past end of support The clinic \(or its MSP\) Open/,
    );
  });

  it('has the zones matrix, the paths with how each is known, and the recorded flows', () => {
    expect(text).toContain('Reachability between zones');
    // The grid's cells are centred vertically, so their text comes out of order: the grid is checked by its headings, the pairs by the list.
    expect(text).toContain('From ↓ / to →');
    expect(text).toContain('Imaging VLAN (clinical)');
    expect(text).toContain('Office VLAN Imaging VLAN DICOM Office VLAN → Imaging VLAN (firewall rule, DICOM) Observed');
    expect(text).toContain(
      'Imaging VLAN Parent corporate network any Imaging VLAN → Parent corporate network (routed) Tested',
    );
    expect(text).toContain('Recorded flows');
    expect(text).toContain('CT-CONSOLE PACS-01 DICOM Firewall rule Observed In place —');
    expect(text).toMatch(/Imaging VLAN 30 10\.20\.30\.0\/24 Clinical 2 No Yes Yes Parent corporate network/);
  });

  it('is the same bytes for the same data and date', () => {
    const again = clinicReportPdf(buildClinicReport(goldenRecords(imagingCentre()), '2026-11-28'), fonts);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('lists the reachable pairs instead of a grid when there are many zones', () => {
    const many = Array.from({ length: 9 }, (_, i) => network({ name: `Zone ${String(i + 1).padStart(2, '0')}` }));
    const chain = many.slice(1).map((n, i) => flow(many[i]!.id, n.id, { knownBy: 'assumed' }));
    const report = buildClinicReport(
      { ...records, networks: many, assets: [], vendorLinks: [], flows: [...chain, flow(PARENT_ZONE, many[0]!.id)] },
      '2026-11-28',
    );
    expect(report.reachability.asMatrix).toBe(false);
    const listed = flatText(clinicReportPdf(report, fonts));
    expect(listed).toContain('11 zones: too many for a grid, so the pairs that reach each other are listed instead.');
    expect(listed).not.toContain('From ↓ / to →');
    expect(listed).toContain('Zone 01 Zone 09 any Zone 01 → Zone 02 (routed) → Zone 03 (routed)');
    expect(listed).toMatch(/Zone 08 Zone 09 any Zone 08 → Zone 09 \(routed\) Assumed/);
  });
});
