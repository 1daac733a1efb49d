/**
 * One reason the severity is what it is: "patient data", "reachable from corporate".
 * Its own file: the rules' types and the severity scale both read it.
 */
export interface Factor {
  label: string;
  likelihood?: number;
  impact?: number;
}
