/** The target design's inputs, differences and change request from the rules' context. */
import type { RuleContext } from '../rules/ruleTypes';
import { changeRequestRows, type ChangeRequestRow, type NamingInput } from './changeRequest';
import { proposeTargetDesign } from './targetDesign';
import { diffTargetDesign, type DiffRow } from './targetDiff';

export function namingOf(context: RuleContext): NamingInput {
  const { profile } = context.pack.content;
  return {
    networks: context.networks,
    assets: context.assets,
    vendorLinks: context.vendorLinks,
    nameOf: context.nameOf,
    zoneOf: context.zoneOf,
    gateway: profile.remoteAccessGateway,
    addressPlan: profile.addressPlan,
  };
}

/** The proposal from today's records, for an assessment with no target design yet. */
export function proposalOf(context: RuleContext, assessmentId: string) {
  return proposeTargetDesign({
    assessmentId,
    networks: context.networks,
    assets: context.assets,
    flows: context.flows,
    vendorLinks: context.vendorLinks,
    zoneOf: context.zoneOf,
    gateway: context.pack.content.profile.remoteAccessGateway,
  });
}

export interface TargetDesignView {
  diff: DiffRow[];
  changeRequest: ChangeRequestRow[];
}

/** The differences between today's flows and the recorded target design, and the change request. */
export function targetDesignOf(context: RuleContext): TargetDesignView {
  const diff = diffTargetDesign(context.flows, context.targetFlows, context.vendorLinks);
  return { diff, changeRequest: changeRequestRows(diff, namingOf(context)) };
}
