/** The report's chapter on the parent's address plan and the agents it requires. */
import type { ClinicReport } from '../clinicReport';
import { INK, type ReportWriter } from './reportWriter';

export function integrationFitChapter(w: ReportWriter, r: ClinicReport): void {
  const fit = r.integrationFit;
  w.heading('Address plan and agent coverage');
  w.paragraph(
    "The clinic's subnets against the parent's address plan (an overlap breaks routing over the site-to-site VPN), and whether each agent the parent requires can run on each machine, with what stands in where it cannot.",
    { color: INK.muted },
  );
  w.heading('Address plan', 2);
  w.paragraph(fit.plan);
  if (fit.networks.length)
    w.table(
      ['Network', 'Subnet', "Against the parent's plan"],
      fit.networks.map((n) => [n.name, n.subnet, n.against]),
      { columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 35 } } },
    );
  else w.paragraph('No networks recorded.', { color: INK.muted });
  w.heading('Agent coverage', 2);
  w.paragraph(fit.agents);
  if (fit.coverage.length)
    w.table(
      ['Machines', 'OS', 'Agents', 'Compensating control'],
      fit.coverage.map((c) => [c.machines, c.os, c.agents, c.control]),
      { columnStyles: { 0: { cellWidth: 40 }, 1: { cellWidth: 30 } } },
    );
}
