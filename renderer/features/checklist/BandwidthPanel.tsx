import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { answerOf, type Answers } from '../../../shared/checklists/checklist';
import { bandwidthVerdict, qualityLimits, verdictLabels } from '../../../shared/reference/bandwidthNeeds';
import { useRepositories } from '../../session/SessionContext';
import { inSentence } from '../../../shared/model/labels';

/** The speed-test reader loads with the connectivity section, not with the app. */
const SpeedTestImport = lazy(async () => ({ default: (await import('./SpeedTestImport')).SpeedTestImport }));

const verdictStyle = {
  sufficient: 'badge-supported',
  marginal: 'badge-medium',
  insufficient: 'badge-critical',
  unknown: 'badge-muted',
} as const;

/** The computed need against the measured main link, with the numbers, beside the connectivity questions. */
export function BandwidthPanel({ assessmentId, answers }: { assessmentId: string; answers: Answers }) {
  const repos = useRepositories();
  const links = useLiveQuery(() => repos.link.list(assessmentId), [repos, assessmentId]);
  if (!links) return null;
  const main = links.find((l) => !l.data.isBackup) ?? links[0];
  const staff = answerOf(answers, 'profile.staff');
  const concurrent = answerOf(answers, 'connectivity.telehealth-concurrent');
  const verdict = bandwidthVerdict(
    {
      staff: typeof staff === 'number' ? staff : 0,
      cloudEmr: ['vendor-cloud', 'hybrid'].includes(String(answerOf(answers, 'profile.emr-hosting'))),
      telehealthVisits:
        answerOf(answers, 'connectivity.telehealth') === true ? (typeof concurrent === 'number' ? concurrent : 1) : 0,
      // As the rules count it: a planned VPN is sized for now, since a new link takes weeks.
      vpnToParent: ['yes', 'planned'].includes(String(answerOf(answers, 'connectivity.vpn-to-parent'))),
    },
    main?.data,
  );
  return (
    <aside className="bandwidth-panel" aria-labelledby="bandwidth-title">
      <h3 id="bandwidth-title">
        Bandwidth:{' '}
        <span className={`badge ${verdictStyle[verdict.verdict]}`}>{inSentence(verdictLabels[verdict.verdict])}</span>
      </h3>
      <table className="table">
        <caption className="visually-hidden">What the clinic needs</caption>
        <thead>
          <tr>
            <th scope="col">Workload</th>
            <th scope="col">Count</th>
            <th scope="col">Total down (Mbit/s)</th>
            <th scope="col">Total up (Mbit/s)</th>
          </tr>
        </thead>
        <tbody>
          {verdict.need.lines.map((l) => (
            <tr key={l.workload.id} title={l.workload.source}>
              <td>{l.workload.label}</td>
              <td>{l.count}</td>
              <td>{l.downMbps}</td>
              <td>{l.upMbps}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Needed</th>
            <td />
            <th>{verdict.need.downMbps}</th>
            <th>{verdict.need.upMbps}</th>
          </tr>
          <tr>
            <th scope="row">Measured ({main?.data.isp || 'no link recorded'})</th>
            <td />
            <td>{main?.data.downMbps ?? '—'}</td>
            <td>{main?.data.upMbps ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <ul className="reasons">
        {verdict.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="field-hint">
        Quality limits: latency {qualityLimits.latencyMs} ms, jitter {qualityLimits.jitterMs} ms, loss{' '}
        {qualityLimits.lossPercent} %. Record links and speed tests in the Inventory, or import a speed test&apos;s JSON
        here.
      </p>
      <Suspense fallback={<p aria-busy="true">Loading the speed-test import…</p>}>
        <SpeedTestImport assessmentId={assessmentId} />
      </Suspense>
    </aside>
  );
}
