import { useId } from 'react';

/** What a long task is doing, and how far it has got. */
export function ProgressLine({ label, done, total }: { label: string; done: number; total: number }) {
  const id = useId();
  return (
    <div className="progress-line">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={total} value={done} />
    </div>
  );
}
