/** Counts in words for documents people read: "1 finding", "3 findings", never "finding(s)". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The verb that goes with a count: "1 finding needs", "3 findings need". */
export const agree = (n: number, singular: string, plural: string) => (n === 1 ? singular : plural);
