/**
 * A heap snapshot of the page's JavaScript, taken through the DevTools protocol after a
 * full garbage collection: what it holds is what the page can still reach.
 */
import type { Page } from '@playwright/test';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapSnapshot {
  /** Whether any string the page holds contains `needle`. */
  holdsText(needle: string): boolean;
  /** How many objects carry this constructor name (e.g. 'CryptoKey', a Blink wrapper). */
  countNamed(name: string): number;
  /** How many objects have every one of these named properties (for classes whose names the build minifies). */
  countWithProperties(names: readonly string[]): number;
}

export async function takeHeapSnapshot(page: Page): Promise<HeapSnapshot> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  // Twice: finalisers and weak callbacks of the first collection can free more in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  await cdp.send('HeapProfiler.disable');
  await cdp.detach();
  return readSnapshot(JSON.parse(chunks.join('')) as RawSnapshot);
}

function readSnapshot(raw: RawSnapshot): HeapSnapshot {
  const { node_fields: nodeFields, edge_fields: edgeFields, edge_types: edgeTypes } = raw.snapshot.meta;
  const nodeWidth = nodeFields.length;
  const edgeWidth = edgeFields.length;
  const nameAt = nodeFields.indexOf('name');
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const edgeTypeAt = edgeFields.indexOf('type');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const property = edgeTypes[0].indexOf('property');

  /** The property names of each object, by node index. */
  function* objects(): Generator<Set<string>> {
    let edge = 0;
    for (let node = 0; node < raw.nodes.length; node += nodeWidth) {
      const names = new Set<string>();
      const count = raw.nodes[node + edgeCountAt];
      for (let i = 0; i < count; i++, edge += edgeWidth) {
        if (raw.edges[edge + edgeTypeAt] === property) names.add(raw.strings[raw.edges[edge + edgeNameAt]]);
      }
      yield names;
    }
  }

  return {
    holdsText: (needle) => raw.strings.some((s) => s.includes(needle)),
    countNamed: (name) => {
      let count = 0;
      for (let node = 0; node < raw.nodes.length; node += nodeWidth) if (raw.strings[raw.nodes[node + nameAt]] === name) count++;
      return count;
    },
    countWithProperties: (names) => {
      let count = 0;
      for (const props of objects()) if (names.every((n) => props.has(n))) count++;
      return count;
    },
  };
}
