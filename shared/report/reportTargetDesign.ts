/** The report's target design: how the flows after integration differ from today's, and the firewall change request. */
import type { ChangeRequestRow } from '../integration/changeRequest';
import { targetDesignOf } from '../integration/targetDesignOf';
import { diffCounts, diffKindLabels, type DiffKind } from '../integration/targetDiff';
import { targetActionLabels } from '../model/targetFlow';
import { serviceLabel } from '../reference/services';
import type { RuleContext } from '../rules/ruleTypes';

export interface TargetDesignReport {
  /** The parent's remote-access gateway, or '' when no pack names one. */
  gateway: string;
  /** How many target flows the assessor recorded (0: no target design yet). */
  targetFlows: number;
  counts: Record<DiffKind, number>;
  differences: { change: string; from: string; to: string; today: string; target: string; what: string }[];
  changeRequest: ChangeRequestRow[];
}

const servicesText = (tokens: readonly string[]) => tokens.map(serviceLabel).join(', ') || 'any service';

export function reportTargetDesign(context: RuleContext): TargetDesignReport {
  const { diff, changeRequest } = targetDesignOf(context);
  const gateway = context.pack.content.profile.remoteAccessGateway;
  return {
    gateway: gateway ? `${gateway.name}${gateway.address.trim() ? ` (${gateway.address.trim()})` : ''}` : '',
    targetFlows: context.targetFlows.length,
    counts: diffCounts(diff),
    differences: context.targetFlows.length
      ? diff.map((d) => {
          const ends = d.target?.data ?? d.today!;
          return {
            change: diffKindLabels[d.kind],
            from: context.nameOf(ends.from),
            to: context.nameOf(ends.to),
            today: d.today ? servicesText(d.today.services) : '—',
            target: d.target
              ? `${targetActionLabels[d.target.data.action]}: ${servicesText(d.target.data.services)}`
              : '—',
            what: d.changes.join('; '),
          };
        })
      : [],
    changeRequest: context.targetFlows.length ? changeRequest : [],
  };
}
