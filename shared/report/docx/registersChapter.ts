/** The device inventory, and bandwidth with the scanning plan: the registers an integration team works from. */
import { count } from '../../model/plural';
import { supportColours } from '../../model/riskColours';
import { verdictLabels } from '../../reference/bandwidthNeeds';
import type { ClinicReport } from '../clinicReport';
import { appendixTable, inventoryTable, tableArgs } from '../reportTables';
import type { DocxWriter } from './docxWriter';

export function inventoryChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading('Device inventory');
  const unsupported = r.inventory.filter((i) => i.support.status === 'unsupported').length;
  w.paragraph(`${count(r.inventory.length, 'device')}; ${unsupported} past end of support, listed first.`, {
    muted: true,
  });
  const supportColour = (row: number) => supportColours[r.inventory[row]?.support.status ?? 'unknown'];
  w.table(...tableArgs(inventoryTable(r)), {
    widths: [24, 24, 26, 28, 28, 18, 14, 12],
    size: 14,
    style: (text, row, column) => (column === 4 ? { text, bold: true, colour: supportColour(row) } : undefined),
  });
}

export function connectivityChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading('Bandwidth and scanning plan');
  w.heading('Bandwidth', 2);
  w.paragraph(`Verdict: ${verdictLabels[r.bandwidth.verdict]}. Measured: ${r.bandwidth.measured}.`, { bold: true });
  w.table(
    ['Need', 'Count', 'Total down (Mbit/s)', 'Total up (Mbit/s)'],
    [
      ...r.bandwidth.need.lines.map((l) => [l.workload.label, String(l.count), String(l.downMbps), String(l.upMbps)]),
      [
        { text: 'Needed in total', bold: true },
        '',
        { text: String(r.bandwidth.need.downMbps), bold: true },
        { text: String(r.bandwidth.need.upMbps), bold: true },
      ],
    ],
    { widths: [undefined, 20, 30, 30] },
  );
  w.bullets(r.bandwidth.reasons);
  w.heading('Scanning plan', 2);
  w.paragraph(
    'Active scans can knock fragile devices offline: they run only in the agreed off-hours window, with the devices below excluded.',
    { muted: true },
  );
  w.facts(r.scanning);
}

export function appendixChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading('Appendix: checklist answers');
  for (const section of r.appendix) {
    w.heading(section.title, 2);
    w.table(...tableArgs(appendixTable(section)), { widths: [80, 50] });
  }
}
