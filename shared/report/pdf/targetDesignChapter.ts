/** The report's chapter on the target design: the differences from today's flows and the firewall change request. */
import type { ClinicReport } from '../clinicReport';
import { INK, type ReportWriter } from './reportWriter';
import { targetDesignTables, tableArgs } from '../reportTables';

export function targetDesignChapter(w: ReportWriter, r: ClinicReport): void {
  const t = r.targetDesign;
  const tables = targetDesignTables(r);
  w.heading('Target design');
  w.paragraph(
    'The flows that should exist once the clinic is connected to the parent, against the flows of today, and the changes the firewall team makes.',
    { color: INK.muted },
  );
  w.paragraph(
    t.gateway
      ? `Vendors come in only through the parent's remote-access gateway: ${t.gateway}.`
      : 'No remote-access gateway is named (no content pack names one); vendor flows say "the parent\'s remote-access gateway".',
  );
  if (!t.targetFlows) {
    w.paragraph('No target design is recorded for this assessment yet.', { color: INK.muted });
    return;
  }
  const { add, remove, change, keep } = t.counts;
  w.heading('Differences from today', 2);
  w.paragraph(`${add} added, ${remove} removed, ${change} changed, ${keep} kept.`);
  w.table(...tableArgs(tables.differences), { columnStyles: { 0: { cellWidth: 18 } } });
  w.heading('Firewall change request', 2);
  if (t.changeRequest.length)
    w.table(...tableArgs(tables.changeRequest), {
      columnStyles: { 3: { cellWidth: 14 }, 4: { cellWidth: 52 }, 5: { cellWidth: 22 } },
    });
  else w.paragraph('The target design matches today: no change to make.', { color: INK.muted });
}
