import type { PlanRow } from '../../shared/integration/planRows';

export const assessmentId = '0f9c1a52-4d0e-4c6b-9a7e-2b1f3c4d5e6f';
/** A row of a plan, for tests: a high finding with the defaults, and `extra`. */
export const planRowOf = (findingKey: string, extra: Partial<PlanRow> = {}): PlanRow => ({
  assessmentId,
  findingKey,
  findingTitle: `Finding ${findingKey}`,
  severity: 'high',
  area: 'network',
  findingStatus: 'open',
  findingRaised: true,
  detail: '',
  remediation: '',
  references: [],
  owner: '',
  targetDate: '2027-02-26',
  targetIsDefault: true,
  milestones: [],
  status: 'not-started',
  costBand: 'unknown',
  comments: '',
  itemId: `item-${findingKey}`,
  stored: false,
  ...extra,
});
