/** The flow form: what a flow's fields are called, and what a new flow holds. */
import {
  emptyFlow,
  flowEvidenceChoiceLabels,
  flowMethodChoiceLabels,
  flowStatusLabels,
  PARENT_ZONE,
  type Flow,
} from '../../../shared/model/flow';
import { choices } from '../../../shared/model/labels';
import { ANY_SERVICE, normaliseService } from '../../../shared/reference/services';
import type { FieldSpec } from './fieldSpec';

export const flowMethodOptions = choices(flowMethodChoiceLabels);
export const flowKnownByOptions = choices(flowEvidenceChoiceLabels);
export const flowStatusOptions = choices(flowStatusLabels);

/** Where a flow goes and on what: the flow form's first fields, and the target flow form's. */
export function flowEndFields<T extends Pick<Flow, 'from' | 'to' | 'services'>>(toHint: string): FieldSpec<T>[] {
  return [
    { key: 'from', label: 'From', kind: 'flow-end', sources: true, hint: 'Where connections start.' },
    { key: 'to', label: 'To', kind: 'flow-end', sources: false, hint: toHint },
    {
      key: 'services',
      label: 'Services',
      kind: 'tokens',
      wide: true,
      normalise: normaliseService,
      fallback: ANY_SERVICE,
      hint: 'Comma-separated: any, dicom, hl7, rdp, smb, or ports like tcp/104.',
    },
  ];
}

export const flowFields: FieldSpec<Flow>[] = [
  ...flowEndFields<Flow>('Where they are allowed to go.'),
  { key: 'method', label: 'How it gets through', kind: 'select', options: flowMethodOptions },
  { key: 'knownBy', label: 'How you know', kind: 'select', options: flowKnownByOptions },
  { key: 'status', label: 'Status', kind: 'select', options: flowStatusOptions },
  {
    key: 'encrypted',
    label: 'Encrypted in transit',
    kind: 'yes-no',
    hint: "TLS, IPsec or the vendor tunnel's own encryption.",
  },
  {
    key: 'approvedBy',
    label: 'Approved by (parent firm)',
    kind: 'text',
    maxLength: 200,
    hint: 'For a flow the parent approved for the integration.',
  },
  {
    key: 'approvalReason',
    label: 'Reason for approval',
    kind: 'text',
    maxLength: 500,
    hint: 'Why the parent allows it.',
  },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];

/**
 * A new flow starts and ends at the same place, so it allows nothing (the topology
 * ignores it) until the assessor picks where it goes.
 */
export function newFlow(assessmentId: string, from: string = PARENT_ZONE): Flow {
  return emptyFlow(assessmentId, from, from);
}

export const flowUnfinished = (flow: Flow) => flow.from === flow.to;
