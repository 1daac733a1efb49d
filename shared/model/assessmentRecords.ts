/**
 * One assessment's live records, whichever store they come from (a decrypted file on
 * the command line, the repositories in the app), and what each of them is called.
 */
import type { Answer } from './answer';
import type { Application } from './application';
import type { Assessment } from './assessment';
import type { Asset } from './asset';
import type { Clinic } from './clinic';
import type { Finding } from './finding';
import type { Flow } from './flow';
import type { Link } from './link';
import type { Network } from './network';
import type { VendorAccess } from './vendorAccess';
import type { WithId } from './withId';
import { adminRecordName, type AdminAccount } from './adminAccount';
import type { TargetFlow } from './targetFlow';
import { indicatorKindLabels, type Indicator } from './indicator';
import type { Evidence } from './evidence';
import type { PlanItem } from './planItem';
import type { EphiStore } from './ephiStore';
import type { Practice } from './practice';

/** What one assessment recorded of the clinic's machines, networks, links, applications and flows. */
export interface RecordedInventory {
  assets: WithId<Asset>[];
  networks: WithId<Network>[];
  vendorLinks: WithId<VendorAccess>[];
  links: WithId<Link>[];
  applications: WithId<Application>[];
  flows: WithId<Flow>[];
}

export interface AssessmentRecords extends RecordedInventory {
  clinic: WithId<Clinic>;
  assessment: WithId<Assessment>;
  answers: WithId<Answer>[];
  decisions: WithId<Finding>[];
  /** The identity and administration register. */
  adminAccounts: WithId<AdminAccount>[];
  /** The target design after integration. */
  targetFlows: WithId<TargetFlow>[];
  /** The compromise check's indicators. */
  indicators: WithId<Indicator>[];
  /** Photos and files attached to the records (their bytes are kept apart, by hash). */
  evidence: WithId<Evidence>[];
  /** The remediation plan: one item per finding someone planned (keyed by the finding's key). */
  planItems: WithId<PlanItem>[];
  /** Where patient data lives (the ePHI inventory). */
  ephiStores: WithId<EphiStore>[];
  /** The HICP practices: in place or not, and since when. */
  practices: WithId<Practice>[];
}

/** What each record is called in findings and reports. */
export function recordNames(
  records: Pick<AssessmentRecords, 'assets' | 'networks' | 'vendorLinks' | 'links' | 'applications'> &
    Partial<Pick<AssessmentRecords, 'adminAccounts' | 'indicators'>>,
): Map<string, string> {
  return new Map<string, string>([
    ...records.assets.map(
      (a) => [a.id, a.data.name || [a.data.vendor, a.data.model].filter(Boolean).join(' ') || 'Unnamed asset'] as const,
    ),
    ...records.networks.map((n) => [n.id, n.data.name || n.data.subnet || 'Unnamed network'] as const),
    ...records.vendorLinks.map((v) => [v.id, `${v.data.vendor || 'Vendor'} link`] as const),
    ...records.links.map((l) => [l.id, `${l.data.isp || 'Internet'} link`] as const),
    ...records.applications.map((a) => [a.id, a.data.name || 'Application'] as const),
    ...(records.adminAccounts ?? []).map((a) => [a.id, adminRecordName(a.data)] as const),
    // A compromise indicator's finding names it as evidence: its kind and the start of what was seen.
    ...(records.indicators ?? []).map(
      (i) => [i.id, `${indicatorKindLabels[i.data.kind]}: ${clipped(i.data.description, 60)}`] as const,
    ),
  ]);
}

/** The text cut at a word before `max` characters, with an ellipsis. */
function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
