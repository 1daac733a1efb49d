/** The words of the likelihood × impact scale, 1 to 4: the heat map's axes and the assessor's rating. */
export const likelihoodWords: Record<1 | 2 | 3 | 4, string> = {
  1: 'Rare',
  2: 'Possible',
  3: 'Likely',
  4: 'Almost certain',
};
export const impactWords: Record<1 | 2 | 3 | 4, string> = {
  1: 'Minor',
  2: 'Moderate',
  3: 'Major',
  4: 'Severe',
};
export const scaleSteps = [1, 2, 3, 4] as const;
