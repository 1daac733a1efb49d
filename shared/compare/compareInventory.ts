/**
 * Inventory records added, removed and changed between two visits, kind by kind;
 * assets also say how their operating system and its end of support moved.
 */
import type { Asset } from '../model/asset';
import { osText, type OsSupportResolver } from '../rules/context';
import type { OsSupport, WithId } from '../rules/ruleTypes';
import type {
  AssetChange,
  AssetSummary,
  OsChange,
  RecordChange,
  RecordChanges,
  RecordSummary,
  SupportTrend,
} from './comparisonTypes';
import { assetFields } from './comparedFields';
import { fieldChanges, type FieldSpecs, type NetworkRefs } from './fieldChanges';
import type { Match, Matching } from './matchRecords';

type Side = 'prior' | 'current';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Sorts a matching into added, removed and changed; `compare` says undefined for a record that did not change. */
function collect<T, S extends RecordSummary, C extends RecordChange>(
  matching: Matching<T>,
  summarize: (r: WithId<T>, side: Side) => S,
  compare: (m: Match<T>) => C | undefined,
): RecordChanges<S, C> {
  const changed = matching.matched.flatMap((m) => compare(m) ?? []);
  return {
    added: matching.added.map((r) => summarize(r, 'current')).sort(byName),
    removed: matching.removed.map((r) => summarize(r, 'prior')).sort(byName),
    changed: changed.sort(byName),
    unchanged: matching.matched.length - changed.length,
  };
}

function fieldsOf<T extends object>(m: Match<T>, specs: FieldSpecs<T>, refs: NetworkRefs): RecordChange {
  return {
    priorId: m.prior.id,
    currentId: m.current.id,
    name: refs.currentNames.get(m.current.id) ?? 'Unnamed',
    matchedBy: m.matchedBy,
    fields: fieldChanges(m.prior.data, m.current.data, specs, refs),
  };
}

/** Added, removed and changed records of one kind, named as each side names them. */
export function recordChanges<T extends object>(
  matching: Matching<T>,
  specs: FieldSpecs<T>,
  refs: NetworkRefs,
): RecordChanges {
  const names = { prior: refs.priorNames, current: refs.currentNames };
  return collect(
    matching,
    (r, side) => ({ id: r.id, name: names[side].get(r.id) ?? 'Unnamed' }),
    (m) => {
      const change = fieldsOf(m, specs, refs);
      return change.fields.length ? change : undefined;
    },
  );
}

const supportRank: Record<OsSupport['status'], number | undefined> = {
  unsupported: 0,
  'extended-only': 1,
  supported: 2,
  unknown: undefined,
};

export function supportTrend(before: OsSupport, after: OsSupport): SupportTrend {
  if (before.status === after.status) return 'same';
  const [b, a] = [supportRank[before.status], supportRank[after.status]];
  if (b === undefined || a === undefined) return 'unclear';
  return a > b ? 'better' : 'worse';
}

/** Assets added, removed and changed; a changed OS, or one whose support ended in between, is told with its support on each visit. */
export function assetChanges(
  matching: Matching<Asset>,
  dates: Record<Side, string>,
  refs: NetworkRefs,
  resolveOs: OsSupportResolver,
): RecordChanges<AssetSummary, AssetChange> {
  const names = { prior: refs.priorNames, current: refs.currentNames };
  const supportOf = (asset: Asset, side: Side): OsSupport => {
    const text = osText(asset);
    if (!text) return { status: 'unknown', label: 'OS not recorded' };
    const { status, label, since } = resolveOs(text, dates[side]);
    return since ? { status, label, since } : { status, label };
  };
  const osChange = (m: Match<Asset>): OsChange | undefined => {
    const [supportBefore, supportAfter] = [supportOf(m.prior.data, 'prior'), supportOf(m.current.data, 'current')];
    const change = {
      before: osText(m.prior.data),
      after: osText(m.current.data),
      supportBefore,
      supportAfter,
      trend: supportTrend(supportBefore, supportAfter),
    };
    return change.before !== change.after || change.trend !== 'same' ? change : undefined;
  };
  return collect(
    matching,
    (a, side) => ({
      id: a.id,
      name: names[side].get(a.id) ?? 'Unnamed asset',
      kind: a.data.kind,
      os: osText(a.data),
      support: supportOf(a.data, side),
    }),
    (m) => {
      const change: AssetChange = fieldsOf(m, assetFields, refs);
      const os = osChange(m);
      if (os) change.os = os;
      return change.fields.length || os ? change : undefined;
    },
  );
}
