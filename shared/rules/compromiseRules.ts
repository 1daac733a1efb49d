/**
 * The compromise check: each indicator not cleared (not yet explained, or a confirmed
 * compromise) is a Critical finding. Connecting a compromised clinic hands the intruder
 * a route into the parent's network, so it is handled as an incident first.
 */
import { indicatorKindLabels, indicatorStatusLabels, blocksConnecting } from '../model/indicator';
import type { Rule } from './ruleTypes';

export const COMPROMISE_RULE_ID = 'compromise.indicator';
/** The key of an indicator's finding (the engine keys a hit by its rule and records). */
export const indicatorFindingKey = (indicatorId: string) => `${COMPROMISE_RULE_ID}:${indicatorId}`;

export const compromiseRules: Rule[] = [
  {
    id: COMPROMISE_RULE_ID,
    area: 'governance',
    title: 'Possible compromise not cleared before connecting',
    base: { likelihood: 3, impact: 4 },
    owner: 'parent-it',
    remediation:
      "Treat it as a security incident before anything is connected: isolate the machine from the network (keep it powered on), preserve evidence (memory and disk images, logs, the tool's configuration), reset the credentials used on it and every admin and vendor password at the clinic, and engage the parent's incident-response team or retainer. Connect only once the indicator is explained and cleared, with who cleared it, when and why.",
    evaluate: (c) =>
      c.indicators
        .filter((i) => blocksConnecting(i.data))
        .map((i) => {
          const on = i.data.assetId ? ` on ${c.nameOf(i.data.assetId)}` : '';
          const state = indicatorStatusLabels[i.data.status].toLowerCase();
          return {
            records: [i.id],
            questions: [],
            detail: `${indicatorKindLabels[i.data.kind]}${on} (${state}): ${i.data.description}`,
            factors:
              i.data.status === 'confirmed'
                ? [{ label: 'confirmed compromise', likelihood: 1 }]
                : [{ label: 'not yet explained' }],
          };
        }),
  },
];
