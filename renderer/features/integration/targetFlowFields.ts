/** The target flow form: what a target flow's fields are called. */
import { choices } from '../../../shared/model/labels';
import { ownerLabels } from '../../../shared/model/finding';
import { targetActionLabels, targetRouteLabels, type TargetFlow } from '../../../shared/model/targetFlow';
import { ANY_SERVICE, normaliseService } from '../../../shared/reference/services';
import type { FieldSpec } from '../inventory/fieldSpec';

export const targetFlowFields: FieldSpec<TargetFlow>[] = [
  { key: 'from', label: 'From', kind: 'flow-end', sources: true, hint: 'Where connections start.' },
  { key: 'to', label: 'To', kind: 'flow-end', sources: false, hint: 'Where they may go, or must not.' },
  {
    key: 'services',
    label: 'Services',
    kind: 'tokens',
    wide: true,
    normalise: normaliseService,
    fallback: ANY_SERVICE,
    hint: 'Comma-separated: dicom, hl7, rdp, https, or ports like tcp/104; "any" is flagged for narrowing.',
  },
  { key: 'action', label: 'Action', kind: 'select', options: choices(targetActionLabels) },
  { key: 'route', label: 'Route', kind: 'select', options: choices(targetRouteLabels) },
  { key: 'owner', label: 'Who implements it', kind: 'select', options: choices(ownerLabels) },
  { key: 'reason', label: 'Reason', kind: 'textarea', maxLength: 500, wide: true },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];
