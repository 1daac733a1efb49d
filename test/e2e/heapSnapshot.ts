/**
 * A heap snapshot of the page's JavaScript, taken through the DevTools protocol after a
 * full garbage collection: what it holds is what the page can still reach.
 */
import type { Page } from '@playwright/test';

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/**
 * Objects to look for: live Blink objects of a class (e.g. 'CryptoKey', shown as one
 * native node with its wrapper, unlike the prototype and the empty boilerplate Blink
 * keeps once one has been made), or objects having every one of some properties (for
 * our own classes, whose names the build minifies).
 */
export type Wanted = { native: string } | { properties: readonly string[] };

export interface HeapSnapshot {
  /** Whether any string the page holds contains `needle`. */
  holdsText(needle: string): boolean;
  count(wanted: Wanted): number;
  /** For a failure message: each object found, with a chain of what holds it. */
  whatHolds(wanted: Wanted): string;
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
  const {
    node_fields: nodeFields,
    node_types: nodeTypes,
    edge_fields: edgeFields,
    edge_types: edgeTypes,
  } = raw.snapshot.meta;
  const [nodeWidth, edgeWidth] = [nodeFields.length, edgeFields.length];
  const [typeAt, nameAt, edgeCountAt] = ['type', 'name', 'edge_count'].map((f) => nodeFields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const at = (list: number[], i: number): number => list[i] ?? 0;
  const text = (i: number): string => raw.strings[i] ?? '';
  const nameOf = (node: number) => text(at(raw.nodes, node + nameAt));
  const typeOf = (node: number) => nodeTypes[0][at(raw.nodes, node + typeAt)] ?? '?';
  const label = (node: number) => `${typeOf(node)} ${nameOf(node).slice(0, 60)}`;

  /** Every edge, as (from node, kind, name, to node). */
  function* edges(): Generator<{ from: number; kind: string; name: string; to: number }> {
    let edge = 0;
    for (let node = 0; node < raw.nodes.length; node += nodeWidth) {
      const count = at(raw.nodes, node + edgeCountAt);
      for (let i = 0; i < count; i++, edge += edgeWidth) {
        const kind = edgeTypes[0][at(raw.edges, edge + edgeTypeAt)] ?? '?';
        const name =
          kind === 'element' || kind === 'hidden'
            ? `[${at(raw.edges, edge + edgeNameAt)}]`
            : text(at(raw.edges, edge + edgeNameAt));
        yield { from: node, kind, name, to: at(raw.edges, edge + toAt) };
      }
    }
  }

  function find(wanted: Wanted): number[] {
    if ('native' in wanted) {
      const found: number[] = [];
      for (let node = 0; node < raw.nodes.length; node += nodeWidth)
        if (typeOf(node) === 'native' && nameOf(node) === wanted.native) found.push(node);
      return found;
    }
    const props = new Map<number, Set<string>>();
    for (const e of edges()) if (e.kind === 'property') props.set(e.from, (props.get(e.from) ?? new Set()).add(e.name));
    return [...props].filter(([, names]) => wanted.properties.every((n) => names.has(n))).map(([node]) => node);
  }

  /** Each object found, with the shortest chain of strong references from the roots that keeps it alive. */
  function whatHolds(wanted: Wanted): string {
    const found = find(wanted);
    if (found.length === 0) return 'nothing';
    const out = new Map<number, { from: number; kind: string; name: string }[]>();
    for (const e of edges()) if (e.kind !== 'weak') out.set(e.from, [...(out.get(e.from) ?? []), e]);
    const via = new Map<number, { from: number; kind: string; name: string }>();
    const queue = [0];
    for (let i = 0; i < queue.length; i++) {
      for (const e of out.get(queue[i] ?? 0) ?? []) {
        const to = (e as { to?: number }).to ?? 0;
        if (to === 0 || via.has(to)) continue;
        via.set(to, e);
        queue.push(to);
      }
    }
    return found
      .map((node) => {
        const chain = [label(node)];
        for (let h = via.get(node); h; h = via.get(h.from))
          chain.push(`  held by ${h.kind} ${h.name} of ${label(h.from)}`);
        return chain.join('\n');
      })
      .join('\n');
  }

  return {
    holdsText: (needle) => raw.strings.some((s) => s.includes(needle)),
    count: (wanted) => find(wanted).length,
    whatHolds,
  };
}
