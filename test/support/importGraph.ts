/**
 * The project's import graph: which source file imports which (type imports included),
 * read with the same parser as the boundaries test, and the cycles in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectImports } from './importBoundaries';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface ImportEdge {
  from: string;
  to: string;
  line: number;
  specifier: string;
}

const sourceName = /\.(ts|tsx|mts|cts)$/;

/** The TypeScript sources under the given folders, as root-relative paths with forward slashes. */
export function sourceFiles(folders: readonly string[], root = projectRoot): string[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && sourceName.test(e.name) && !e.name.endsWith('.d.ts'))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  );
}

/** Each file with its text. */
export function readSources(files: readonly string[], root = projectRoot): Map<string, string> {
  return new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
}

/** Where a relative specifier lands, as a root-relative path (no extension added); undefined for packages. */
export function importedPath(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier.replace(/\?.*$/, '')));
}

/** The file among `files` a relative specifier names, trying the extensions and index files a bundler tries. */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = importedPath(from, specifier);
  if (base === undefined) return undefined;
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  const candidates = [base, ...['.ts', '.tsx', '.mts', '.cts', '/index.ts', '/index.tsx'].map((ext) => stem + ext)];
  return candidates.find((c) => files.has(c));
}

/** Every import from one of the files to another of them. */
export function importEdges(sources: ReadonlyMap<string, string>): ImportEdge[] {
  const files = new Set(sources.keys());
  const edges: ImportEdge[] = [];
  for (const [from, text] of sources)
    for (const use of collectImports(from, text)) {
      const to = resolveImport(from, use.specifier, files);
      if (to) edges.push({ from, to, line: use.line, specifier: use.specifier });
    }
  return edges;
}

/** Strongly connected components (Tarjan), each sorted; singletons only where a file imports itself. */
function tangles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The shortest way from `start` back to itself inside one component, as the files in order (start at both ends). */
function shortestLoop(start: string, component: ReadonlySet<string>, edges: readonly ImportEdge[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] ?? start;
    for (const e of edges) {
      if (e.from !== node || !component.has(e.to)) continue;
      if (e.to === start) {
        const loop = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) loop.push(at);
        return [...loop, start].reverse();
      }
      if (!cameFrom.has(e.to)) {
        cameFrom.set(e.to, node);
        queue.push(e.to);
      }
    }
  }
  return [start, start];
}

/**
 * One line per group of files that import each other in a circle: the shortest circle
 * from the group's first file, and the other files caught in the same group.
 */
export function importCycles(edges: readonly ImportEdge[]): string[] {
  return tangles(edges).map((component) => {
    const loop = shortestLoop(component[0] ?? '', new Set(component), edges);
    const others = component.filter((file) => !loop.includes(file));
    return loop.join(' → ') + (others.length ? ` (the same circle also takes in ${others.join(', ')})` : '');
  });
}
