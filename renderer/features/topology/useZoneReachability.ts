import { useDeferredValue, useMemo } from 'react';
import { osSupport } from '../../../shared/reference/osLifecycle';
import { factsOf } from '../../../shared/rules/assessmentFacts';
import { flowRow, type FlowRow } from '../../../shared/report/reportFlows';
import { zoneReachability, type ZoneReachability } from '../../../shared/report/zoneReachability';
import { buildContext } from '../../../shared/rules/context';
import type { RuleContext } from '../../../shared/rules/ruleTypes';
import { todayIso } from '../../clock/today';
import { useAssessmentRecords } from '../../hooks/useAssessmentRecords';

export interface ReachabilityView {
  model: ZoneReachability;
  zoneName: ReadonlyMap<string, string>;
  /** The recorded flows, in words, by id: what a path rests on. */
  flows: ReadonlyMap<string, FlowRow>;
  /** Vendor links by id, with their names. */
  vendorLinks: ReadonlyMap<string, string>;
  flowCount: number;
}

export function reachabilityView(context: RuleContext): ReachabilityView {
  const model = zoneReachability(context);
  return {
    model,
    zoneName: new Map(model.zones.map((z) => [z.id, z.name] as const)),
    flows: new Map(context.flows.map((f) => [f.id, flowRow(f, context.nameOf)] as const)),
    vendorLinks: new Map(context.vendorLinks.map((v) => [v.id, context.nameOf(v.id)] as const)),
    flowCount: context.flows.filter((f) => f.data.from !== f.data.to).length,
  };
}

/**
 * The zones matrix of a rule context the page already has (the Findings page's). Worked
 * out at low priority: for a clinic of hundreds of zones it takes a moment, and typing
 * elsewhere on the page should not wait for it.
 */
export function useZoneReachability(context: RuleContext): ReachabilityView {
  const deferred = useDeferredValue(context);
  return useMemo(() => reachabilityView(deferred), [deferred]);
}

/** The zones matrix of an assessment, for a page that has no rule context of its own: undefined while decrypting, null when it does not exist. */
export function useAssessmentReachability(assessmentId: string): ReachabilityView | null | undefined {
  const records = useAssessmentRecords(assessmentId);
  return useMemo(
    () => (records ? reachabilityView(buildContext(factsOf(records, todayIso()), osSupport)) : records),
    [records],
  );
}
