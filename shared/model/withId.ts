/** A record as the rules, reports and comparisons read it: its id and its data, without merge metadata. */
export interface WithId<T> {
  id: string;
  data: T;
}
