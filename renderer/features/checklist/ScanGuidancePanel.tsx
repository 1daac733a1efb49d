import { useRef, useState } from 'react';
import { answerOf, type Answers } from '../../../shared/checklists/checklist';
import { scanGuidance, type ScanApproach, type ScanCommand } from '../../../shared/checklists/scanGuidance';
import type { Asset } from '../../../shared/model/asset';
import type { Network } from '../../../shared/model/network';
import type { WithId } from '../../../shared/model/withId';

const approachLabels: Record<ScanApproach, { text: string; badge: string }> = {
  passive: { text: 'Passive first', badge: 'badge-medium' },
  full: { text: 'Full scan in the window', badge: 'badge-supported' },
  'isolation-check': { text: 'No scan: isolation check', badge: 'badge-muted' },
  none: { text: 'No command', badge: 'badge-muted' },
};

/** Copies the command; where the clipboard is refused, selects it for Ctrl+C. */
async function copy(text: string, code: HTMLElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    if (code) {
      const range = document.createRange();
      range.selectNodeContents(code);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
    return 'Selected: press Ctrl+C to copy.';
  }
}

function Command({ command: { command, reason } }: { command: ScanCommand }) {
  const code = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState('');
  return (
    <li>
      <div className="inline-form-row">
        <pre className="scan-command">
          <code ref={code}>{command}</code>
        </pre>
        <button
          type="button"
          className="button button-small"
          aria-label={`Copy: ${command}`}
          onClick={() => void copy(command, code.current).then(setCopied)}
        >
          Copy
        </button>
        <span role="status">{copied}</span>
      </div>
      <p className="muted">{reason}</p>
    </li>
  );
}

/** Proposed scan commands per recorded network, beside the scanning questions: passive first where devices are fragile. */
export function ScanGuidancePanel({
  networks,
  assets,
  answers,
}: {
  networks: readonly WithId<Network>[];
  assets: readonly WithId<Asset>[];
  answers: Answers;
}) {
  const agreed = answerOf(answers, 'scanning.window-agreed');
  const window = answerOf(answers, 'scanning.window');
  const excluded = answerOf(answers, 'scanning.excluded-devices');
  const byName = [...networks].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const plans = scanGuidance(byName, assets, {
    agreed: typeof agreed === 'boolean' ? agreed : null,
    window: typeof window === 'string' ? window : '',
    excludedAssetIds: Array.isArray(excluded) ? excluded : [],
  });
  return (
    <aside className="bandwidth-panel" aria-labelledby="scan-guidance-title">
      <h3 id="scan-guidance-title">Scan commands per zone</h3>
      {plans.length === 0 ? (
        <p className="muted">
          Record the clinic&apos;s networks (with their subnets) in the Inventory to get commands.
        </p>
      ) : null}
      {plans.map((plan) => (
        <section key={plan.networkId} aria-label={`Scanning ${plan.name}`}>
          <h4>
            {plan.name}{' '}
            <span className={`badge ${approachLabels[plan.approach].badge}`}>{approachLabels[plan.approach].text}</span>
          </h4>
          <p>{plan.why}</p>
          {plan.commands.length ? (
            <ol className="scan-commands">
              {plan.commands.map((c) => (
                <Command key={c.command} command={c} />
              ))}
            </ol>
          ) : null}
        </section>
      ))}
    </aside>
  );
}
