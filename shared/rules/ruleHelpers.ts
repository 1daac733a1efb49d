/** Small readings of the facts that many rules share. */
import type { AnswerValue } from '../checklists/question';
import type { Asset } from '../model/asset';
import type { Factor, Hit, RuleContext, WithId } from './ruleTypes';
import { answerOf, type QuestionId } from '../checklists/checklist';

export function answer(context: RuleContext, questionId: QuestionId): AnswerValue | undefined {
  return answerOf(context.answers, questionId);
}

export function answerIn(context: RuleContext, questionId: QuestionId, ...values: AnswerValue[]): boolean {
  const value = answer(context, questionId);
  return value !== undefined && values.includes(value);
}

/** A finding about the clinic as a whole, resting on answers. */
export function fromAnswers(questions: QuestionId[], detail: string, factors: Factor[] = []): Hit[] {
  return [{ records: [], questions, detail, factors }];
}

export function assetName(asset: Asset): string {
  return (
    asset.name.trim() || [asset.vendor, asset.model].filter(Boolean).join(' ').trim() || asset.deviceType || asset.kind
  );
}

export function isNetworked(asset: Asset): boolean {
  return (
    asset.networkId !== null ||
    asset.ipAddress.trim() !== '' ||
    asset.connection === 'wired' ||
    asset.connection === 'wifi'
  );
}

export function handlesPatientData(asset: Asset): boolean {
  return asset.storesPatientData === true || asset.transmitsPatientData === true;
}

export const medicalDevices = (context: RuleContext) => context.assets.filter((a) => a.data.kind === 'medical-device');

/** The machine a device is plugged into (USB, serial), whose exposure it shares. */
export function hostOf(context: RuleContext, asset: WithId<Asset>): WithId<Asset> | undefined {
  const id = asset.data.attachedToAssetId;
  return id && id !== asset.id ? context.assetById.get(id) : undefined;
}

/**
 * The factors that raise any asset-level risk: reach, patient data, patient safety. A
 * device attached to a machine inherits that machine's reach.
 */
export function assetExposure(context: RuleContext, asset: WithId<Asset>): Factor[] {
  const factors: Factor[] = [];
  const host = hostOf(context, asset);
  const zone = context.zoneOf(asset.id);
  const network = zone ? context.networkById.get(zone) : undefined;
  if (isNetworked(asset.data)) factors.push({ label: 'networked', likelihood: 1 });
  else if (host && isNetworked(host.data))
    factors.push({ label: `attached to networked ${assetName(host.data)}`, likelihood: 1 });
  if (handlesPatientData(asset.data) || context.patientDataHosts.has(asset.id))
    factors.push({ label: 'patient data', impact: 1 });
  if (asset.data.kind === 'medical-device') factors.push({ label: 'patient safety', impact: 1 });
  if (zone && context.reachableFromParent(zone)) factors.push({ label: 'reachable from corporate', likelihood: 1 });
  if (network?.data.internetAccess === true) factors.push({ label: 'internet access', likelihood: 1 });
  if (asset.data.physicalExposure === 'public-area') factors.push({ label: 'in a public area', likelihood: 1 });
  return factors;
}

/** Zones that hold medical devices (attached devices count in their host's zone). */
export function clinicalNetworkIds(context: RuleContext): Set<string> {
  return new Set(
    medicalDevices(context).flatMap((d) => {
      const zone = context.zoneOf(d.id);
      return zone ? [zone] : [];
    }),
  );
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
