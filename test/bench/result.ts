/** One line of the benchmark report; `baseline` is the bare primitive doing the same work in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function withBaseline(name: string, unit: string, value: number, baseline: number): BenchResult {
  return { name, unit, value: round(value), baseline: round(baseline), ratio: round(value / baseline) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
