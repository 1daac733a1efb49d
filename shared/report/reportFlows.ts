/** The recorded flows, in words: from, to, services, how, how known, status, who approved them. */
import { flowEvidenceLabels, flowMethodLabels, flowStatusLabels, isApproved, type Flow } from '../model/flow';
import { servicesText } from '../topology/pathText';
import type { WithId } from '../rules/ruleTypes';

export interface FlowRow {
  id: string;
  from: string;
  to: string;
  services: string;
  how: string;
  knownBy: string;
  status: string;
  encrypted: string;
  /** Who approved it and why; empty when nobody did. */
  approvedBy: string;
  notes: string;
}

export function flowRow(flow: WithId<Flow>, nameOf: (id: string) => string): FlowRow {
  const f = flow.data;
  return {
    id: flow.id,
    from: nameOf(f.from),
    to: nameOf(f.to),
    services: servicesText(f.services.length ? f.services : ['any']),
    how: flowMethodLabels[f.method],
    knownBy: flowEvidenceLabels[f.knownBy],
    status: flowStatusLabels[f.status],
    encrypted: f.encrypted === true ? 'Yes' : f.encrypted === false ? 'No' : 'Not known',
    approvedBy: isApproved(f)
      ? `${f.approvedBy.trim()}: ${f.approvalReason.trim()}`
      : f.approvedBy.trim()
        ? `${f.approvedBy.trim()} (no reason recorded)`
        : '',
    notes: f.notes,
  };
}

/** Every flow that goes somewhere, by where it starts, then where it ends. */
export function flowRows(flows: readonly WithId<Flow>[], nameOf: (id: string) => string): FlowRow[] {
  return flows
    .filter((f) => f.data.from !== f.data.to)
    .map((f) => flowRow(f, nameOf))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.id.localeCompare(b.id));
}
