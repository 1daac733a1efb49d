/**
 * Runs in Chromium: reachability at clinic-group size (5,000 assets, 200 zones, 2,000
 * flows): the whole rule evaluation, which builds the topology and asks it every rule's
 * questions, and the zones × zones matrix. Exposed as `window.benchTopology`.
 */
import { osSupport } from '../../../shared/reference/osLifecycle';
import { buildContext } from '../../../shared/rules/context';
import { evaluateRules } from '../../../shared/rules/engine';
import { reachabilityMatrix } from '../../../shared/topology/reachabilityMatrix';
import { buildTopology } from '../../../shared/topology/topology';
import { largeTopology } from '../../support/largeTopology';

function benchTopology(runs: number) {
  const facts = largeTopology();
  evaluateRules(buildContext(facts, osSupport)); // warm-up: JIT and caches
  const rules: number[] = [];
  const matrix: number[] = [];
  let findings = 0;
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    findings = evaluateRules(buildContext(facts, osSupport)).length;
    rules.push(performance.now() - start);
    start = performance.now();
    cells = [...reachabilityMatrix(buildTopology(facts)).cells.values()].reduce((n, row) => n + row.size, 0);
    matrix.push(performance.now() - start);
  }
  return { rules, matrix, findings, cells, flows: facts.flows.length };
}

(window as unknown as { benchTopology: typeof benchTopology }).benchTopology = benchTopology;
