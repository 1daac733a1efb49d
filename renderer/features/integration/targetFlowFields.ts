/** The target flow form: what a target flow's fields are called. */
import { choices } from '../../../shared/model/labels';
import { ownerLabels } from '../../../shared/model/finding';
import { targetActionLabels, targetRouteLabels, type TargetFlow } from '../../../shared/model/targetFlow';
import { flowEndFields, type FieldSpec } from '../inventory';

export const targetFlowFields: FieldSpec<TargetFlow>[] = [
  ...flowEndFields<TargetFlow>('Where they may go, or must not.'),
  { key: 'action', label: 'Action', kind: 'select', options: choices(targetActionLabels) },
  { key: 'route', label: 'Route', kind: 'select', options: choices(targetRouteLabels) },
  { key: 'owner', label: 'Who implements it', kind: 'select', options: choices(ownerLabels) },
  { key: 'reason', label: 'Reason', kind: 'textarea', maxLength: 500, wide: true },
  { key: 'notes', label: 'Notes', kind: 'textarea', maxLength: 2000 },
];
