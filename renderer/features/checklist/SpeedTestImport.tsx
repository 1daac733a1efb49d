import { useState } from 'react';
import { linkPatch, parseSpeedTest } from '../../../shared/import/speedTest';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { plainError } from '../../../shared/model/plainIssues';
import { useRepositories } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { platform } from '../../platform/api';
import { newLink } from '../inventory';

/** Fills the main internet link's measurements from a speed test's JSON (iperf3 -J, Ookla speedtest, speedtest-cli). */
export function SpeedTestImport({ assessmentId }: { assessmentId: string }) {
  const repos = useRepositories();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();

  async function choose() {
    setError(undefined);
    setStatus('');
    const file = await platform.openFile({
      title: 'Import speed test',
      filters: [{ name: 'Speed test JSON', extensions: ['json'] }],
      maxBytes: 20 * 1024 * 1024,
    });
    if (!file.ok) return setError(file.error.message);
    if (file.value.canceled) return;
    try {
      const result = parseSpeedTest(fromUtf8(file.value.bytes));
      const patch = linkPatch(result);
      const links = await repos.link.list(assessmentId);
      const main = links.find((l) => !l.data.isBackup) ?? links[0];
      if (main) await repos.link.update(main.id, { ...patch, ...(main.data.isp ? {} : { isp: result.isp }) });
      else
        await repos.link.create({
          ...newLink(assessmentId),
          type: 'other',
          ...patch,
          isp: result.isp,
          notes: `Measured with ${result.source}; set the link type.`,
        });
      const parts = [
        result.downMbps !== null ? `down ${result.downMbps} Mbit/s` : '',
        result.upMbps !== null ? `up ${result.upMbps} Mbit/s` : '',
        result.latencyMs !== null ? `latency ${result.latencyMs} ms` : '',
        result.jitterMs !== null ? `jitter ${result.jitterMs} ms` : '',
        result.lossPercent !== null ? `loss ${result.lossPercent} %` : '',
      ].filter(Boolean);
      setStatus(`${result.source} result saved to the main link: ${parts.join(', ')}.`);
    } catch (e) {
      setError(plainError(e, `${file.value.name} could not be read as a speed test, so nothing was saved.`));
    }
  }

  return (
    <div className="subsection">
      <button type="button" className="button button-small" onClick={() => void choose()}>
        Import speed test…
      </button>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage message={error} />
    </div>
  );
}
