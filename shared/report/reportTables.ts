/**
 * The clinic report's tables as headers and rows of text, without any layout: the PDF
 * (pdf/) and the Word document (docx/) lay the same columns out, each in its own way.
 */
import type { ClinicReport } from './clinicReport';
import { count } from '../model/plural';
import type { EvidencePhotos, EvidenceRow } from './reportEvidence';

export interface TableText {
  head: string[];
  rows: string[][];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const or = (text: string) => text || 'Not recorded';
const decided = (by: string, at: string) => (by || at ? `${or(by)}, ${or(at)}` : 'Not recorded');

export const inventoryTable = (r: ClinicReport): TableText => ({
  head: [
    'Device',
    'Kind',
    'Vendor and model',
    'Operating system',
    'Support',
    'Network',
    'Patient data',
    'Safe to scan',
  ],
  rows: r.inventory.map((i) => [
    i.name,
    i.kind,
    i.vendorModel,
    i.os,
    i.support.label,
    i.network,
    i.patientData,
    i.safeToScan,
  ]),
});

export const networksTable = (r: ClinicReport): TableText => ({
  head: ['Network', 'VLAN', 'Subnet', 'Purpose', 'Devices', 'Internet', 'Firewalled', 'From parent', 'Reaches'],
  rows: r.networks.map((n) => [
    n.name,
    n.vlan,
    n.subnet,
    n.purpose,
    String(n.devices),
    n.internet,
    n.firewalled,
    n.fromParent,
    n.reaches,
  ]),
});

export const decisionTables = (r: ClinicReport) => {
  const { accepted, resolutions, regressions } = r.decisions;
  return {
    accepted: {
      head: ['Severity', 'Finding', 'Person responsible', 'Reason', 'Until', 'Decided by, on'],
      rows: accepted.map((a) => [
        cap(a.severity),
        a.title,
        or(a.owner),
        or(a.reason),
        a.until,
        decided(a.decidedBy, a.decidedAt),
      ]),
    },
    resolutions: {
      head: ['Finding', 'Fixed by', 'Retest: what was checked', 'Retested on, by', 'Recorded by, on'],
      rows: resolutions.map((x) => [
        x.title,
        x.fixedBy,
        or(x.retestCheck),
        decided(x.retestBy, x.retestDate),
        decided(x.decidedBy, x.decidedAt),
      ]),
    },
    /** No rows without an earlier visit to compare with (r.decisions.regressions is null then). */
    regressions: {
      head: ['Severity', 'Finding now', 'Resolved on the last visit', 'Fixed by, retest'],
      rows: (regressions ?? []).map((g) => [
        cap(g.severity),
        `${g.title}\n${g.detail}`,
        decided(g.resolvedBy, g.resolvedOn),
        `${or(g.fixedBy)}; ${or(g.retest.check)} (${decided(g.retest.by, g.retest.date)})`,
      ]),
    },
  };
};

/** The devices added, removed and changed since the previous visit. */
export function deviceChanges(c: NonNullable<ClinicReport['comparison']>): TableText {
  const { assets } = c;
  return {
    head: ['Change', 'Device', 'What', 'End of support'],
    rows: [
      ...assets.added.map((a) => ['Added', a.name, a.os || 'OS not recorded', a.support.label]),
      ...assets.removed.map((a) => ['Removed', a.name, a.os || 'OS not recorded', a.support.label]),
      ...assets.changed.map((a) => [
        'Changed',
        a.name,
        a.fields.map((f) => `${f.label}: ${f.before || '—'} → ${f.after || '—'}`).join('; '),
        a.os ? `${a.os.supportBefore.label} → ${a.os.supportAfter.label}` : '',
      ]),
    ],
  };
}

export const conditionsTable = (r: ClinicReport): TableText => ({
  head: ['Condition', 'Owner', 'Severity', 'What to do', 'Why it must be done first'],
  rows: r.verdict.conditions.map((c) => [
    c.findingCount > 1 ? `${c.text} (${c.findingCount} findings)` : c.text,
    c.owner,
    c.severity,
    c.remediation,
    c.reason,
  ]),
});

export const adminTable = (r: ClinicReport): TableText => ({
  head: ['System', 'Person', 'Works for', 'Account', 'Still employed', 'MFA', 'Separate admin account'],
  rows: r.identity.holders.map((h) => [
    h.which ? `${h.system}\n${h.which}` : h.system,
    h.toConfirm ? `${h.person}\n(to confirm)` : h.person,
    h.organisation,
    h.accountType,
    h.stillEmployed,
    h.mfa,
    h.separateAccount,
  ]),
});

/** Whether an admin register cell is one an integration team acts on: a shared account, a leaver, no MFA. */
export const adminFlag = (column: number, text: string): boolean =>
  (column === 3 && text === 'Shared') || (column === 4 && text.startsWith('No')) || (column === 5 && text === 'No');

export const integrationFitTables = (r: ClinicReport) => ({
  networks: {
    head: ['Network', 'Subnet', "Against the parent's plan"],
    rows: r.integrationFit.networks.map((n) => [n.name, n.subnet, n.against]),
  },
  coverage: {
    head: ['Machines', 'OS', 'Agents', 'Compensating control'],
    rows: r.integrationFit.coverage.map((c) => [c.machines, c.os, c.agents, c.control]),
  },
});

export const targetDesignTables = (r: ClinicReport) => ({
  differences: {
    head: ['Change', 'From', 'To', 'Today', 'Target', 'What changes'],
    rows: r.targetDesign.differences.map((d) => [d.change, d.from, d.to, d.today, d.target, d.what]),
  },
  changeRequest: {
    head: ['Source', 'Destination', 'Service', 'Action', 'Reason', 'Owner'],
    rows: r.targetDesign.changeRequest.map((c) => [c.source, c.destination, c.service, c.action, c.reason, c.owner]),
  },
});

/** A table's head and rows as the layouts' table() takes them: `w.table(...tableArgs(t), options)`. */
export const tableArgs = (t: TableText): [string[], string[][]] => [t.head, t.rows];

export const appendixTable = (section: ClinicReport['appendix'][number]): TableText => ({
  head: ['Question', 'Answer', 'Note'],
  rows: section.rows.map((row) => [row.question, row.answer, row.note]),
});

/**
 * The evidence appendix's list: what each item documents, its caption, file, size, SHA-256
 * start and whether the report shows it; `shown` are the photos laid out, `canShow` says
 * which kinds of photo the layout can show, `missing` why a photo is not shown.
 */
export function evidenceTable(
  rows: readonly EvidenceRow[],
  shown: readonly EvidenceRow[],
  canShow: (row: EvidenceRow) => boolean,
  missing: string,
): TableText {
  return {
    head: ['Documents', 'Caption', 'File', 'Size', 'SHA-256 (start)', 'In this report'],
    rows: rows.map((r) => [
      r.documents,
      r.caption,
      r.fileName,
      r.size,
      r.hashPrefix,
      !r.photo
        ? 'File, listed only'
        : shown.includes(r)
          ? 'Photo, below'
          : canShow(r)
            ? `Photo ${missing}`
            : 'WebP photo, listed only',
    ]),
  };
}

/** What the evidence appendix says first: how many photos and files, how they were kept, and how many photos were left out. */
/** "3 photos and 2 files", "1 photo", "2 files": only what there is. */
export function attachedWords(photos: number, files: number): string {
  const parts = [photos ? count(photos, 'photo') : '', files ? count(files, 'file') : ''].filter(Boolean);
  return parts.join(' and ');
}

export function evidenceIntro(
  rows: readonly EvidenceRow[],
  photos: EvidencePhotos,
): { text: string; leftOut?: string } {
  const photoCount = rows.filter((r) => r.photo).length;
  return {
    text: `${attachedWords(photoCount, rows.length - photoCount)} attached. Photos were stored without their location and camera details; files are listed, not included, and keep their own metadata. The SHA-256 prefix matches each item to its file.`,
    ...(photos.leftOut
      ? { leftOut: `${count(photos.leftOut, 'photo')} ${photos.missing}; they are listed below all the same.` }
      : {}),
  };
}
