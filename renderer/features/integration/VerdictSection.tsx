import { useMemo } from 'react';
import { ownerLabels, severityLabels } from '../../../shared/model/finding';
import { integrationVerdict, verdictLabels, type IntegrationVerdict } from '../../../shared/integration/verdict';
import { titleCounts } from '../../../shared/report/reportVerdict';
import { routeHref } from '../../routing/useHashRoute';
import type { AssessmentFindings } from '../findings';

/** The verdict of the findings as they stand: recomputed as the records change. */
export function useVerdict(result: AssessmentFindings): IntegrationVerdict {
  return useMemo(() => integrationVerdict(result.findings, result.context), [result.findings, result.context]);
}

/** May the clinic be connected: the verdict in one word, then the blockers, then the conditions as a work list. */
export function VerdictSection({ assessmentId, result }: { assessmentId: string; result: AssessmentFindings }) {
  const verdict = useVerdict(result);
  const titles = new Map(result.findings.map((f) => [f.key, f.title] as const));
  const findings = routeHref('findings', assessmentId);
  return (
    <section className={`card verdict verdict-${verdict.verdict}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title">Verdict</h2>
      <p className="verdict-word" data-testid="verdict">
        {verdictLabels[verdict.verdict]}
      </p>
      <p className="lead">{verdict.headline}</p>
      {verdict.blockers.length ? (
        <>
          <h3>Blockers: clear these before anything is connected</h3>
          <ol className="verdict-list" aria-label="Blockers">
            {verdict.blockers.map((b) => (
              <li key={b.indicatorId || b.findingKeys.join()}>
                <strong>{b.text}</strong>
                <br />
                <span className="muted">{b.reason}.</span>{' '}
                {b.kind === 'indicator' ? (
                  <a href="#compromise-title">See the compromise check</a>
                ) : (
                  <a href={findings}>See the finding</a>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {verdict.conditions.length ? (
        <>
          <h3>Conditions: to do before connecting</h3>
          <ol className="verdict-list" aria-label="Conditions">
            {verdict.conditions.map((c) => (
              <li key={c.findingKeys.join() || c.text}>
                <strong>{c.text}</strong> — {ownerLabels[c.owner]} —{' '}
                {c.findingKeys.length
                  ? `${c.findingKeys.length} ${c.findingKeys.length === 1 ? 'finding' : 'findings'}`
                  : 'no finding'}{' '}
                <span className={`badge badge-${c.severity}`}>{severityLabels[c.severity]}</span>
                <br />
                <span>{c.remediation}</span>
                <br />
                <span className="muted">Why: {c.reason}.</span>
                {c.findingKeys.length ? (
                  <ul>
                    {titleCounts(c.findingKeys.map((k) => titles.get(k) ?? k)).map((t) => (
                      <li key={t}>
                        <a href={findings}>{t}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {verdict.counts.mustFixAccepted ? (
        <p className="muted">
          {verdict.counts.mustFixAccepted} must-fix{' '}
          {verdict.counts.mustFixAccepted === 1 ? 'finding is' : 'findings are'} accepted as a risk and not a condition;
          the acceptances are in <a href={findings}>Findings</a>.
        </p>
      ) : null}
    </section>
  );
}

/** The verdict in one line, for the Findings page. */
export function VerdictBanner({ assessmentId, result }: { assessmentId: string; result: AssessmentFindings }) {
  const verdict = useVerdict(result);
  return (
    <section className={`card verdict verdict-${verdict.verdict}`} aria-label="Integration verdict">
      <p className="verdict-banner">
        <strong className="verdict-word" data-testid="verdict-banner">
          {verdictLabels[verdict.verdict]}
        </strong>
        <span>{verdict.headline}</span>
        <a href={routeHref('integration', assessmentId)}>Integration: the verdict and its conditions</a>
      </p>
    </section>
  );
}
