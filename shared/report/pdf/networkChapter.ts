/** "Networks and segmentation": the networks, reachability between zones, the recorded flows, segmentation findings, vendor access. */
import type { CellHookData, RowInput } from 'jspdf-autotable';
import type { ClinicReport } from '../clinicReport';
import { count } from '../../model/plural';
import { severityColours } from '../../model/riskColours';
import { pairOf, type ZonePair } from '../zoneReachability';
import { CONTENT_WIDTH, INK, type ReportWriter } from './reportWriter';
import { networksTable, tableArgs } from '../reportTables';

const CLINICAL_INK = severityColours.critical;
const CLINICAL_FILL = '#fdecea';
const SAME_ZONE_FILL = '#eceff3';

/** What a matrix cell says: the services, and a word when the path is via a machine or planned. */
export function matrixCellText(pair: ZonePair | undefined): string {
  if (!pair) return '';
  return [pair.services, pair.via ? 'via host' : '', pair.planned ? 'planned' : ''].filter(Boolean).join('\n');
}

export function networkChapter(w: ReportWriter, r: ClinicReport): void {
  w.heading('Networks and segmentation');
  if (r.networks.length) {
    w.table(...tableArgs(networksTable(r)), {
      styles: { fontSize: 7.5 },
      headStyles: { fontSize: 7 }, // Wide enough for each header word and a /24 subnet in the embedded font, so nothing breaks mid-word.
      columnStyles: {
        0: { cellWidth: 24 },
        1: { cellWidth: 11 },
        2: { cellWidth: 24 },
        3: { cellWidth: 21 },
        4: { cellWidth: 14.5 },
        5: { cellWidth: 15 },
        6: { cellWidth: 18 },
        7: { cellWidth: 21 },
        8: { cellWidth: 25.5 },
      },
    });
    w.paragraph('“From parent” and “Reaches” follow the recorded flows (see below), not a single answer.', {
      color: INK.muted,
      size: 8.5,
    });
  } else w.paragraph('No networks recorded.', { color: INK.muted });
  reachability(w, r);
  flows(w, r);
  w.heading('Segmentation findings', 2);
  if (r.segmentation.length) w.bullets(r.segmentation);
  else w.paragraph('No open network or vendor-access finding.', { color: INK.muted });
  w.heading('Vendor remote access register', 2);
  if (r.vendors.length) {
    w.table(
      ['Vendor', 'Method', 'Availability', 'MFA', 'Reaches', 'Session logging', 'Shared account', 'BAA on file'],
      r.vendors.map((v) => [v.vendor, v.method, v.availability, v.mfa, v.reaches, v.logging, v.sharedAccount, v.baa]),
      { styles: { fontSize: 7.5 } },
    );
  } else w.paragraph('No vendor remote access recorded.', { color: INK.muted });
}

function reachability(w: ReportWriter, r: ClinicReport): void {
  const { zones, pairs, asMatrix } = r.reachability;
  w.heading('Reachability between zones', 2, asMatrix ? 40 : 20);
  if (asMatrix) {
    w.paragraph(
      'Rows: where connections start; columns: where they go. A cell names what gets through (“any”: any service); “via host”: only by taking over a machine on the way; “planned”: once a planned link is in place; red: into a clinical zone; empty: nothing recorded lets traffic through.',
      { color: INK.muted, size: 8.5 },
    );
    matrix(w, r);
  } else {
    w.paragraph(
      `${count(zones.length, 'zone')}: too many for a grid, so the pairs that reach each other are listed instead.`,
      { color: INK.muted, size: 8.5 },
    );
  }
  if (!pairs.length) {
    w.paragraph('No zone reaches another through what is recorded.', { color: INK.muted });
    return;
  }
  const name = new Map(zones.map((z) => [z.id, z.name] as const));
  const legacy = pairs.some((p) => p.legacy);
  w.ensure(25);
  w.paragraph('Each path, hop by hop, and how it is known (its least certain hop):', {
    size: 8.5,
    color: INK.muted,
    gap: 1,
  });
  w.table(
    ['From', 'To', 'Gets through', 'Path', 'Known by'],
    pairs.map((p) => [
      name.get(p.from) ?? '',
      name.get(p.to) ?? '',
      matrixCellText(p).replace(/\n/g, ', '),
      p.path,
      `${p.evidenceLabel}${p.legacy ? ' *' : ''}`,
    ]),
    {
      styles: { fontSize: 7.5 },
      columnStyles: {
        0: { cellWidth: 27 },
        1: { cellWidth: 27 },
        2: { cellWidth: 22 },
        3: { cellWidth: 76 },
        4: { cellWidth: 22 },
      },
      didParseCell: (d) => {
        if (d.section === 'body' && d.column.index === 1 && pairs[d.row.index]?.intoClinical)
          d.cell.styles.textColor = CLINICAL_INK;
      },
    },
  );
  if (legacy)
    w.paragraph(
      '* Rests on a link stated in a network’s older “connects to” or “reachable from the parent” fields, not on a recorded flow: record it as a flow, with how it is known.',
      { color: INK.muted, size: 8.5 },
    );
}

function matrix(w: ReportWriter, r: ClinicReport): void {
  const { zones } = r.reachability;
  const first = 30;
  const width = (CONTENT_WIDTH - first) / zones.length;
  const body: RowInput[] = zones.map((from) => [
    from.name,
    ...zones.map((to) => (to.id === from.id ? '—' : matrixCellText(pairOf(r.reachability, from.id, to.id)))),
  ]);
  const colour = (d: CellHookData) => {
    if (d.section !== 'body' || d.column.index === 0) return;
    const from = zones[d.row.index];
    const to = zones[d.column.index - 1];
    if (!from || !to) return;
    if (from.id === to.id) {
      d.cell.styles.fillColor = SAME_ZONE_FILL;
      d.cell.styles.textColor = INK.muted;
      return;
    }
    if (to.clinical && pairOf(r.reachability, from.id, to.id)) {
      d.cell.styles.fillColor = CLINICAL_FILL;
      d.cell.styles.textColor = CLINICAL_INK;
      d.cell.styles.fontStyle = 'bold';
    }
  };
  w.table(['From ↓ / to →', ...zones.map((z) => (z.clinical ? `${z.name} (clinical)` : z.name))], body, {
    styles: { fontSize: 7, halign: 'center', valign: 'middle', minCellHeight: 8 },
    headStyles: { fontSize: 6.5, valign: 'middle' },
    columnStyles: Object.fromEntries([
      [0, { cellWidth: first, halign: 'left', fontStyle: 'bold' }],
      ...zones.map((_, i) => [i + 1, { cellWidth: width }]),
    ]),
    alternateRowStyles: { fillColor: '#ffffff' },
    didParseCell: colour,
  });
}

function flows(w: ReportWriter, r: ClinicReport): void {
  w.heading('Recorded flows', 2, 20);
  if (!r.flows.length) {
    w.paragraph(
      'No flows recorded. The reachability above rests on the networks’ own fields and the vendor links; record the flows (Inventory, Flows) with how each is known.',
      { color: INK.muted },
    );
    return;
  }
  w.table(
    ['From', 'To', 'Services', 'How', 'Known by', 'Status', 'Approved by'],
    r.flows.map((f) => [f.from, f.to, f.services, f.how, f.knownBy, f.status, f.approvedBy || '—']),
    {
      styles: { fontSize: 7.5 },
      columnStyles: {
        0: { cellWidth: 28 },
        1: { cellWidth: 28 },
        2: { cellWidth: 26 },
        3: { cellWidth: 22 },
        4: { cellWidth: 18 },
        5: { cellWidth: 17 },
        6: { cellWidth: 35 },
      },
    },
  );
}
