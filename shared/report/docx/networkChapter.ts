/** "Networks and segmentation": the networks, reachability between zones, the recorded flows, segmentation findings, vendor access. */
import { count } from '../../model/plural';
import { severityColours } from '../../model/riskColours';
import type { ClinicReport } from '../clinicReport';
import { pairOf, type ZonePair } from '../zoneReachability';
import { INK, type Cell, type DocxWriter } from './docxWriter';
import { networksTable, tableArgs } from '../reportTables';

const CLINICAL_INK = severityColours.critical;

/** What a matrix cell says: the services, and a word when the path is via a machine or planned. */
const pairText = (pair: ZonePair | undefined) =>
  pair ? [pair.services, pair.via ? 'via host' : '', pair.planned ? 'planned' : ''].filter(Boolean).join(', ') : '';

export function networkChapter(w: DocxWriter, r: ClinicReport): void {
  w.heading('Networks and segmentation');
  if (r.networks.length) {
    w.table(...tableArgs(networksTable(r)), { widths: [24, 11, 24, 21, 14.5, 15, 18, 21, 25.5], size: 14 });
    w.paragraph('“From parent” and “Reaches” follow the recorded flows (see below), not a single answer.', {
      muted: true,
      size: 17,
    });
  } else w.paragraph('No networks recorded.', { muted: true });
  reachability(w, r);
  flows(w, r);
  w.heading('Segmentation findings', 2);
  if (r.segmentation.length) w.bullets(r.segmentation);
  else w.paragraph('No open network or vendor-access finding.', { muted: true });
  w.heading('Vendor remote access register', 2);
  if (r.vendors.length)
    w.table(
      ['Vendor', 'Method', 'Availability', 'MFA', 'Reaches', 'Session logging', 'Shared account', 'BAA on file'],
      r.vendors.map((v) => [v.vendor, v.method, v.availability, v.mfa, v.reaches, v.logging, v.sharedAccount, v.baa]),
      { size: 15 },
    );
  else w.paragraph('No vendor remote access recorded.', { muted: true });
}

function reachability(w: DocxWriter, r: ClinicReport): void {
  const { zones, pairs, asMatrix } = r.reachability;
  w.heading('Reachability between zones', 2);
  if (asMatrix) {
    w.paragraph(
      'Rows: where connections start; columns: where they go. A cell names what gets through (“any”: any service); “via host”: only by taking over a machine on the way; “planned”: once a planned link is in place; red: into a clinical zone; empty: nothing recorded lets traffic through.',
      { muted: true, size: 17 },
    );
    const rows: Cell[][] = zones.map((from) => [
      { text: from.name, bold: true },
      ...zones.map((to): Cell => {
        if (to.id === from.id) return { text: '—', colour: INK.muted, fill: '#eceff3' };
        const pair = pairOf(r.reachability, from.id, to.id);
        return to.clinical && pair
          ? { text: pairText(pair), bold: true, colour: CLINICAL_INK, fill: '#fdecea' }
          : pairText(pair);
      }),
    ]);
    w.table(['From ↓ / to →', ...zones.map((z) => (z.clinical ? `${z.name} (clinical)` : z.name))], rows, {
      widths: [30],
      size: 14,
      shade: () => false,
    });
  } else
    w.paragraph(
      `${count(zones.length, 'zone')}: too many for a grid, so the pairs that reach each other are listed instead.`,
      { muted: true, size: 17 },
    );
  if (!pairs.length) {
    w.paragraph('No zone reaches another through what is recorded.', { muted: true });
    return;
  }
  const name = new Map(zones.map((z) => [z.id, z.name] as const));
  w.paragraph('Each path, hop by hop, and how it is known (its least certain hop):', { muted: true, size: 17 });
  w.table(
    ['From', 'To', 'Gets through', 'Path', 'Known by'],
    pairs.map((p) => [
      name.get(p.from) ?? '',
      p.intoClinical ? { text: name.get(p.to) ?? '', colour: CLINICAL_INK } : (name.get(p.to) ?? ''),
      pairText(p),
      p.path,
      `${p.evidenceLabel}${p.legacy ? ' *' : ''}`,
    ]),
    { widths: [27, 27, 22, 76, 22], size: 15 },
  );
  if (pairs.some((p) => p.legacy))
    w.paragraph(
      '* Rests on a link stated in a network’s older “connects to” or “reachable from the parent” fields, not on a recorded flow: record it as a flow, with how it is known.',
      { muted: true, size: 17 },
    );
}

function flows(w: DocxWriter, r: ClinicReport): void {
  w.heading('Recorded flows', 2);
  if (!r.flows.length) {
    w.paragraph(
      'No flows recorded. The reachability above rests on the networks’ own fields and the vendor links; record the flows (Inventory, Flows) with how each is known.',
      { muted: true },
    );
    return;
  }
  w.table(
    ['From', 'To', 'Services', 'How', 'Known by', 'Status', 'Approved by'],
    r.flows.map((f) => [f.from, f.to, f.services, f.how, f.knownBy, f.status, f.approvedBy || '—']),
    { widths: [28, 28, 26, 22, 18, 17, 35], size: 15 },
  );
}
