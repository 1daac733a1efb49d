/**
 * Helpers for the labels that sit beside each enum schema in this folder (the words an
 * assessor reads for each value), so screens, PDFs and the command line say the same.
 */

/** One allowed value and its label: what a select lists. */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/** A select's options, in the order the labels are written (the order an assessor reads them). */
export function choices<V extends string>(labels: Readonly<Record<V, string>>): Choice<V>[] {
  return (Object.entries(labels) as [V, string][]).map(([value, label]) => ({ value, label }));
}

/** A label as it reads inside a sentence: "remote-control tool", while "VPN" and "IoT" keep their capitals. */
export function inSentence(label: string): string {
  const firstWord = label.split(/[\s/]/, 1)[0] ?? '';
  return /[A-Z]/.test(firstWord.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Every label of a map in its sentence form. */
export function inSentences<V extends string>(labels: Readonly<Record<V, string>>): Record<V, string> {
  return Object.fromEntries(Object.entries<string>(labels).map(([v, l]) => [v, inSentence(l)])) as Record<V, string>;
}
