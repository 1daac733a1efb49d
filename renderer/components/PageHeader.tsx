import type { ReactNode } from 'react';

/** Every page starts with one focusable heading and a line saying what the page is for. */
export function PageHeader({ title, summary, actions }: { title: string; summary: string; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
        <p className="lead">{summary}</p>
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
