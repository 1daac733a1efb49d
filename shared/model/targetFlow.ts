/**
 * The target design: the flows that should exist once the clinic is connected to the
 * parent, which the firewall team implements. A target flow allows or denies traffic
 * from one end to another on some services, directly or through the parent's approved
 * remote-access gateway (vendors), with the reason and who implements it. Compared with
 * today's flows it gives the firewall change request.
 */
import { z } from 'zod';
import { recordId, text } from './fields';
import { flowEnd } from './flow';
import { owner } from './finding';

export const targetAction = z.enum(['allow', 'deny']);
export type TargetAction = z.infer<typeof targetAction>;
export const targetActionLabels: Record<TargetAction, string> = { allow: 'Allow', deny: 'Deny' };

/** Direct, or through the parent's approved remote-access gateway (see the content pack). */
export const targetRoute = z.enum(['direct', 'gateway']);
export type TargetRoute = z.infer<typeof targetRoute>;
export const targetRouteLabels: Record<TargetRoute, string> = {
  direct: 'Direct',
  gateway: "Through the parent's remote-access gateway",
};

export const targetFlowData = z.object({
  assessmentId: recordId,
  from: flowEnd,
  to: flowEnd,
  /** As a flow's: "any", a known service ("dicom", "rdp"), or a port ("tcp/104"). */
  services: z.array(text(40)).max(50),
  action: targetAction,
  route: targetRoute.default('direct'),
  /** Why this flow should (or must not) exist after integration. */
  reason: text(500).default(''),
  /** Who implements it. */
  owner: owner.default('parent-it'),
  /** The flow of today this one keeps, changes or closes; '' for a new one. */
  basedOnFlowId: z.union([z.literal(''), recordId]).default(''),
  notes: text(2000).default(''),
});
export type TargetFlow = z.infer<typeof targetFlowData>;
