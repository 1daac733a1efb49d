import { useState } from 'react';
import { platform } from '../../platform/api';
import { useAppInfo } from './useAppInfo';

type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved'; name: string } | { status: 'error'; message: string };

/**
 * A diagnostics file for support: versions and screen facts only, never clinic data.
 */
export function DiagnosticsSection() {
  const appInfo = useAppInfo();
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  async function save() {
    setState({ status: 'saving' });
    const diagnostics = {
      app: appInfo.status === 'ready' ? appInfo.info : null,
      userAgent: navigator.userAgent,
      screen: { width: window.screen.width, height: window.screen.height, pixelRatio: window.devicePixelRatio },
      language: navigator.language,
      savedAt: new Date().toISOString(),
    };
    const bytes = new TextEncoder().encode(`${JSON.stringify(diagnostics, null, 2)}\n`);
    try {
      const result = await platform.saveFile({
        title: 'Save diagnostics',
        suggestedName: 'clinic-assessor-diagnostics.json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
        bytes,
      });
      if (!result.ok) setState({ status: 'error', message: result.error.message });
      else if (result.value.canceled) setState({ status: 'idle' });
      else setState({ status: 'saved', name: result.value.name });
    } catch {
      setState({ status: 'error', message: 'The diagnostics file could not be saved.' });
    }
  }

  return (
    <section className="card" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Diagnostics</h2>
      <p>Save a small file of version and screen details to send to support. It holds no clinic or patient data.</p>
      <button type="button" className="button" onClick={() => void save()} disabled={state.status === 'saving'}>
        Save diagnostics file…
      </button>
      <p className="status" role="status">
        {state.status === 'saving' ? 'Saving…' : null}
        {state.status === 'saved' ? `Saved ${state.name}.` : null}
      </p>
      {state.status === 'error' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
