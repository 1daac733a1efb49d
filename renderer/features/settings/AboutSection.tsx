import { useAppInfo } from './useAppInfo';

const runtimeLabel = { electron: 'Desktop app', browser: 'Browser (offline fallback)' } as const;

export function AboutSection() {
  const state = useAppInfo();
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About Clinic Assessor</h2>
      {state.status === 'loading' ? <p aria-busy="true">Reading app information…</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <dl className="facts" aria-label="App information">
          <dt>Version</dt>
          <dd>{state.info.version}</dd>
          <dt>Running as</dt>
          <dd>{runtimeLabel[state.info.runtime]}</dd>
          <dt>Platform</dt>
          <dd>{state.info.platform}</dd>
          {Object.entries(state.info.versions).map(([component, version]) => (
            <FactRow key={component} label={component} value={version} />
          ))}
          <dt>Network</dt>
          <dd>None. Clinic Assessor makes no network connections; your data stays on this computer.</dd>
        </dl>
      ) : null}
    </section>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="capitalise">{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
