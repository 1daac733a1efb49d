/** Runs in Chromium: the rules engine over a large clinic. Exposed as `window.benchRules`. */
import { osSupport } from '../../../shared/reference/osLifecycle';
import { buildContext } from '../../../shared/rules/context';
import { evaluateRules } from '../../../shared/rules/engine';
import { largeClinic } from '../../support/largeClinic';

function benchRules(assets: number, networks: number, runs: number) {
  const facts = largeClinic(assets, networks);
  evaluateRules(buildContext(facts, osSupport)); // warm-up: JIT and caches
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = evaluateRules(buildContext(facts, osSupport)).length;
    times.push(performance.now() - start);
  }
  return { times, findings };
}

(window as unknown as { benchRules: typeof benchRules }).benchRules = benchRules;
