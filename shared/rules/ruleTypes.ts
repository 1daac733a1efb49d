/** What a rule sees, and what it says when it fires. */
import type { Answers } from '../checklists/checklist';
import type { RecordedInventory } from '../model/assessmentRecords';
import type { Asset } from '../model/asset';
import type { Severity } from './severity';
import type { Network } from '../model/network';
import type { ReachPath } from '../topology/reach';
import type { Topology } from '../topology/topology';
import type { BandwidthVerdict } from '../reference/bandwidthNeeds';
import type { WithId } from '../model/withId';
import type { Factor } from './factor';
import type { QuestionId } from '../checklists/questionIds';
import type { Area, Owner } from '../model/finding';
import type { AdminAccount } from '../model/adminAccount';
import type { Indicator } from '../model/indicator';
import type { TargetFlow } from '../model/targetFlow';
import type { ActivePack } from '../reference/contentPack';
import type { OsProduct } from '../reference/osLifecycle';

export type { WithId } from '../model/withId';

export interface OsSupport {
  status: 'supported' | 'extended-only' | 'unsupported' | 'unknown';
  /** When support (or mainstream support) ended, YYYY-MM-DD. */
  since?: string;
  label: string;
  /** How the verdict was reached where it is not a published date: the vendor's policy, the machine's ESU enrolment, its last update. */
  basis?: string;
  /** Paid extended updates exist for the release, and nobody confirmed this machine is enrolled. */
  esuUnconfirmed?: boolean;
}

/** Everything the rules read, with the lookups they share worked out once. */
export interface RuleContext extends RecordedInventory {
  assessmentDate: string;
  answers: Answers;
  networkById: ReadonlyMap<string, WithId<Network>>;
  assetById: ReadonlyMap<string, WithId<Asset>>;
  /** Assets by zone, attached devices with their host's zone. */
  assetsByNetwork: ReadonlyMap<string, WithId<Asset>[]>;
  osSupportOf(asset: WithId<Asset>): OsSupport;
  /** The OS product the asset's OS text names under the pack in force, if it can be told. */
  osProductOf(asset: WithId<Asset>): OsProduct | undefined;
  /** The parent firm's corporate network can reach this network (from the flows; else from the checklist). */
  reachableFromParent(networkId: string | null): boolean;
  topology: Topology;
  /** The zone of an asset: its own network, else its host's. */
  zoneOf(assetId: string): string | null;
  /** What any record (or built-in zone) is called. */
  nameOf(id: string): string;
  /** A path in words, hop by hop. */
  describe(path: ReachPath): string;
  /** Assets that host the EMR or another application holding patient data. */
  patientDataHosts: ReadonlySet<string>;
  bandwidth: BandwidthVerdict;
  /** The content pack in force: the parent's integration profile and reference tables (the built-in one without a pack). */
  pack: ActivePack;
  /** The identity and administration register. */
  adminAccounts: WithId<AdminAccount>[];
  /** The compromise check's indicators. */
  indicators: WithId<Indicator>[];
  /** The target design after integration. */
  targetFlows: WithId<TargetFlow>[];
}

export type { Factor } from './factor';

export interface Hit {
  /** Record ids (assets, networks, vendor links, links, applications) the finding rests on. */
  records: string[];
  /** Question ids whose answers it rests on. */
  questions: QuestionId[];
  /** What was found, in words, with the specifics. */
  detail: string;
  factors: Factor[];
  /** Paths that prove it, in words (reachability rules). */
  paths?: string[];
  /** Said after the rule's remediation for this case (an SBOM request for a device under 524B). */
  extraRemediation?: string;
}

export interface Rule {
  id: string;
  area: Area;
  title: string;
  /** Starting point before the hit's factors: 1 (rare) to 4 (almost certain); 1 (minor) to 4 (severe). */
  base: { likelihood: number; impact: number };
  remediation: string;
  /** Who acts; the clinic unless said. */
  owner?: Owner;
  evaluate(context: RuleContext): Hit[];
}

export interface DerivedFinding {
  /** Stable across runs: rule id and the records it rests on. */
  key: string;
  ruleId: string;
  area: Area;
  title: string;
  detail: string;
  severity: Severity;
  likelihood: number;
  impact: number;
  /** Why this severity, e.g. "unsupported OS × networked × patient data × reachable from corporate". */
  rationale: string;
  records: string[];
  questions: string[];
  remediation: string;
  owner: Owner;
  /** Paths that prove it, in words. */
  paths: string[];
}
