/**
 * The one pluraliser, for every layer: counts in words people read, "1 finding",
 * "3 findings", "2,000 devices", never "finding(s)".
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${figure(n)} ${n === 1 ? one : many}`;
}

/** A count that says "no" for none, as a list of what a file holds reads: "13 devices, 2 vendor links, no findings". */
export function countOrNo(n: number, one: string, many = `${one}s`): string {
  return n === 0 ? `no ${many}` : count(n, one, many);
}

/** A number as people read it in a sentence or a count: "2,000". */
export const figure = (n: number) => n.toLocaleString('en-US');

/** The verb that goes with a count: "1 finding needs", "3 findings need". */
export const agree = (n: number, singular: string, plural: string) => (n === 1 ? singular : plural);
