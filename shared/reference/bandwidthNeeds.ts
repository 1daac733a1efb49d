/**
 * How much internet a clinic needs, from what it runs, and whether its link is enough.
 * Each figure names its source; where a figure is our planning assumption, it says so.
 */

export interface Workload {
  id: string;
  label: string;
  downMbps: number;
  upMbps: number;
  source: string;
}

export const workloads = {
  /** Web, email, cloud office and updates for one member of staff at the same time. */
  officeUser: {
    id: 'office-user',
    label: 'Office use per concurrent staff member',
    downMbps: 1,
    upMbps: 0.5,
    source:
      'Planning assumption, in line with the FCC National Broadband Plan (2010), ch. 10 Health Care: 4 Mbit/s for a single-physician practice, 10 Mbit/s for a small practice of 2-4 physicians.',
  },
  cloudEmrUser: {
    id: 'cloud-emr-user',
    label: 'Cloud EMR per concurrent user',
    downMbps: 0.5,
    upMbps: 0.25,
    source:
      "Planning assumption: cloud EMR vendors' network requirement sheets ask for roughly 100-500 kbit/s per concurrent user; the upper end is used.",
  },
  telehealthVisit: {
    id: 'telehealth-visit',
    label: 'Telehealth HD video visit',
    downMbps: 1.5,
    upMbps: 1.5,
    source:
      'Zoom "System requirements: bandwidth": 1.2 Mbit/s up and down for 720p HD one-to-one video; 25 % margin added.',
  },
  vpnToParent: {
    id: 'vpn-to-parent',
    label: 'Site-to-site VPN to the parent firm (shared services, monitoring, updates)',
    downMbps: 5,
    upMbps: 5,
    source:
      'Planning assumption for directory, email relay, monitoring agents and patch distribution over the tunnel, plus IPsec overhead (about 10 %).',
  },
} as const satisfies Record<string, Workload>;

/** The workloads a need is worked out from: the built-in figures, or a content pack's. */
export type WorkloadTable = Record<keyof typeof workloads, Workload>;

/** The built-in workloads with newer figures (and their sources) for the ids given; other ids are left out. */
export function workloadsWith(
  figures: readonly { id: string; downMbps: number; upMbps: number; source: string }[],
): WorkloadTable {
  const byId = new Map(figures.map((f) => [f.id, f] as const));
  const table = { ...workloads } as WorkloadTable;
  for (const key of Object.keys(table) as (keyof WorkloadTable)[]) {
    const f = byId.get(table[key].id);
    if (f) table[key] = { ...table[key], downMbps: f.downMbps, upMbps: f.upMbps, source: f.source };
  }
  return table;
}

/** Quality limits for interactive voice and video. */
export const qualityLimits = {
  latencyMs: 150,
  jitterMs: 30,
  lossPercent: 1,
  source:
    'ITU-T G.114 (one-way delay under 150 ms for interactive voice); jitter under 30 ms and loss under 1 % are common VoIP and video conferencing planning limits.',
};

/** Measured capacity should exceed the need by this factor to count as sufficient. */
export const HEADROOM = 1.25;

export interface ClinicUse {
  staff: number;
  cloudEmr: boolean;
  telehealthVisits: number;
  vpnToParent: boolean;
}

export interface NeedLine {
  workload: Workload;
  count: number;
  downMbps: number;
  upMbps: number;
}

export interface BandwidthNeed {
  lines: NeedLine[];
  downMbps: number;
  upMbps: number;
}

export function bandwidthNeed(use: ClinicUse, table: WorkloadTable = workloads): BandwidthNeed {
  const staff = Math.max(0, Math.round(use.staff));
  const lines: NeedLine[] = [
    line(table.officeUser, staff),
    line(table.cloudEmrUser, use.cloudEmr ? staff : 0),
    line(table.telehealthVisit, Math.max(0, Math.round(use.telehealthVisits))),
    line(table.vpnToParent, use.vpnToParent ? 1 : 0),
  ].filter((l) => l.count > 0);
  return { lines, downMbps: round(sum(lines.map((l) => l.downMbps))), upMbps: round(sum(lines.map((l) => l.upMbps))) };
}

export interface Measurement {
  downMbps: number | null;
  upMbps: number | null;
  latencyMs: number | null;
  jitterMs: number | null;
  lossPercent: number | null;
}

export type Verdict = 'sufficient' | 'marginal' | 'insufficient' | 'unknown';
export const verdictLabels: Record<Verdict, string> = {
  sufficient: 'Sufficient',
  marginal: 'Marginal',
  insufficient: 'Insufficient',
  unknown: 'Not measured',
};

export interface BandwidthVerdict {
  verdict: Verdict;
  need: BandwidthNeed;
  /** Why, with the numbers: shown to the assessor and in reports. */
  reasons: string[];
}

/** Sufficient: capacity above the need with headroom and quality within limits; marginal: enough but tight or jittery. */
export function bandwidthVerdict(
  use: ClinicUse,
  link: Measurement | undefined,
  table: WorkloadTable = workloads,
): BandwidthVerdict {
  const need = bandwidthNeed(use, table);
  if (!link || link.downMbps === null || link.upMbps === null) {
    return { verdict: 'unknown', need, reasons: ['No measured speed test for the main link.'] };
  }
  const reasons: string[] = [];
  let verdict: Verdict = 'sufficient';
  const worsen = (to: Verdict) => {
    if (to === 'insufficient' || (to === 'marginal' && verdict === 'sufficient')) verdict = to;
  };
  for (const [dir, have, want] of [
    ['Download', link.downMbps, need.downMbps],
    ['Upload', link.upMbps, need.upMbps],
  ] as const) {
    if (have < want) {
      worsen('insufficient');
      reasons.push(`${dir} ${fmt(have)} Mbit/s is below the ${fmt(want)} Mbit/s needed.`);
    } else if (have < want * HEADROOM) {
      worsen('marginal');
      reasons.push(
        `${dir} ${fmt(have)} Mbit/s covers the ${fmt(want)} Mbit/s needed with less than ${Math.round((HEADROOM - 1) * 100)} % headroom.`,
      );
    } else {
      reasons.push(`${dir} ${fmt(have)} Mbit/s covers the ${fmt(want)} Mbit/s needed.`);
    }
  }
  const quality: [string, number | null, number, string][] = [
    ['Latency', link.latencyMs, qualityLimits.latencyMs, 'ms'],
    ['Jitter', link.jitterMs, qualityLimits.jitterMs, 'ms'],
    ['Packet loss', link.lossPercent, qualityLimits.lossPercent, '%'],
  ];
  for (const [name, value, limit, unit] of quality) {
    if (value !== null && value > limit) {
      worsen(use.telehealthVisits > 0 ? 'insufficient' : 'marginal');
      reasons.push(`${name} ${fmt(value)} ${unit} is over the ${limit} ${unit} that video and voice tolerate.`);
    }
  }
  return { verdict, need, reasons };
}

function line(workload: Workload, count: number): NeedLine {
  return { workload, count, downMbps: workload.downMbps * count, upMbps: workload.upMbps * count };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
