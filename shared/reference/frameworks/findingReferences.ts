/**
 * What a finding touches in each framework: its rule's mapping, or for the assessor's own
 * finding, its area's. Every rule must have a mapping (a test checks), so a finding
 * never goes without its references.
 */
import type { Area } from '../../model/finding';
import { hicpPracticeLabels, type HicpPractice } from '../../model/practice';
import type { FrameworkRef } from './frameworkRefs';

/** An area's references, for the assessor's own findings and as the floor for its rules. */
export const areaPractices: Record<Area, HicpPractice[]> = {
  endpoints: ['2', '7'],
  devices: ['9', '5'],
  network: ['6'],
  vendor: ['3', '10'],
  connectivity: ['6'],
  apps: ['3', '4'],
  identity: ['3'],
  wireless: ['6', '9'],
  scanning: ['7'],
  governance: ['10'],
};

const hicpRef = (practice: HicpPractice): FrameworkRef => ({
  framework: 'hicp',
  id: practice,
  title: hicpPracticeLabels[practice],
});

/** The references of a finding from `ruleId` in `area`. */
export function referencesOf(finding: { ruleId: string; area: Area }): FrameworkRef[] {
  return areaPractices[finding.area].map(hicpRef);
}
