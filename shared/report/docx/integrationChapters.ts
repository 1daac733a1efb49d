/** Identity and administration, the address plan and agent coverage, and the target design: what the integration team acts on. */
import { severityColours } from '../../model/riskColours';
import type { ClinicReport } from '../clinicReport';
import type { Cell, DocxWriter } from './docxWriter';
import { adminFlag, adminTable, integrationFitTables, tableArgs, targetDesignTables } from '../reportTables';

/** A cell an integration team acts on (a leaver, no MFA, a shared account), marked. */
const flagged = (text: string, _row: number, column: number): Cell | undefined =>
  adminFlag(column, text) ? { text, bold: true, colour: severityColours.high } : undefined;

export function identityChapter(w: DocxWriter, r: ClinicReport): void {
  const { holders, answers } = r.identity;
  w.heading('Identity and administration');
  w.paragraph(
    "Who holds administrative access to the systems the clinic depends on, for whom they work, and how that access is protected. Departed staff, the seller's people and shared accounts must be removed or handed over before the clinic connects to the parent.",
    { muted: true },
  );
  w.heading('Admin register', 2);
  if (holders.length) w.table(...tableArgs(adminTable(r)), { widths: [38, 32], style: flagged });
  else
    w.paragraph("No admin holder is recorded: it is not known who administers the clinic's systems.", { muted: true });
  w.heading('Email and privileged access', 2);
  if (answers.length)
    w.table(
      ['Question', 'Answer', 'Note'],
      answers.map((a) => [a.question, a.answer, a.note]),
      { widths: [85, 35] },
    );
  else w.paragraph('The identity and email questions were not answered.', { muted: true });
}

export function integrationFitChapter(w: DocxWriter, r: ClinicReport): void {
  const fit = r.integrationFit;
  w.heading('Address plan and agent coverage');
  w.paragraph(
    "The clinic's subnets against the parent's address plan (an overlap breaks routing over the site-to-site VPN), and whether each agent the parent requires can run on each machine, with what stands in where it cannot.",
    { muted: true },
  );
  w.heading('Address plan', 2);
  w.paragraph(fit.plan);
  if (fit.networks.length) w.table(...tableArgs(integrationFitTables(r).networks), { widths: [40, 35] });
  else w.paragraph('No networks recorded.', { muted: true });
  w.heading('Agent coverage', 2);
  w.paragraph(fit.agents);
  if (fit.coverage.length) w.table(...tableArgs(integrationFitTables(r).coverage), { widths: [40, 30] });
}

export function targetDesignChapter(w: DocxWriter, r: ClinicReport): void {
  const t = r.targetDesign;
  w.heading('Target design');
  w.paragraph(
    'The flows that should exist once the clinic is connected to the parent, against the flows of today, and the changes the firewall team makes.',
    { muted: true },
  );
  w.paragraph(
    t.gateway
      ? `Vendors come in only through the parent's remote-access gateway: ${t.gateway}.`
      : 'No remote-access gateway is named (no content pack names one); vendor flows say "the parent\'s remote-access gateway".',
  );
  if (!t.targetFlows) {
    w.paragraph('No target design is recorded for this assessment yet.', { muted: true });
    return;
  }
  const { add, remove, change, keep } = t.counts;
  w.heading('Differences from today', 2);
  w.paragraph(`${add} added, ${remove} removed, ${change} changed, ${keep} kept.`);
  w.table(...tableArgs(targetDesignTables(r).differences), { widths: [18] });
  w.heading('Firewall change request', 2);
  if (t.changeRequest.length)
    w.table(...tableArgs(targetDesignTables(r).changeRequest), {
      widths: [undefined, undefined, undefined, 14, 52, 22],
    });
  else w.paragraph('The target design matches today: no change to make.', { muted: true });
}
