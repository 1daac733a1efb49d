/** The report's chapter on the parent's address plan and the agents it requires. */
import type { ClinicReport } from '../clinicReport';
import { INK, type ReportWriter } from './reportWriter';
import { integrationFitTables, tableArgs } from '../reportTables';

export function integrationFitChapter(w: ReportWriter, r: ClinicReport): void {
  const fit = r.integrationFit;
  const tables = integrationFitTables(r);
  w.heading('Address plan and agent coverage');
  w.paragraph(
    "The clinic's subnets against the parent's address plan (an overlap breaks routing over the site-to-site VPN), and whether each agent the parent requires can run on each machine, with what stands in where it cannot.",
    { color: INK.muted },
  );
  w.heading('Address plan', 2);
  w.paragraph(fit.plan);
  if (fit.networks.length)
    w.table(...tableArgs(tables.networks), { columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 35 } } });
  else w.paragraph('No networks recorded.', { color: INK.muted });
  w.heading('Agent coverage', 2);
  w.paragraph(fit.agents);
  if (fit.coverage.length)
    w.table(...tableArgs(tables.coverage), { columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 30 } } });
}
