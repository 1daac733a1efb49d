import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from './contentSecurityPolicy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Maps a request path such as `/assets/app.js` to a file inside `root`, or null when
 * the path is malformed or would leave `root` (`..`, encoded slashes, NUL bytes).
 */
export function resolveWebAssetPath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const resolved = path.resolve(base, relative);
  const inside = path.relative(base, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

export interface WebAssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Reads one file of the renderer bundle, with the security headers every answer carries. */
export async function loadWebAsset(root: string, requestPath: string): Promise<WebAssetResponse> {
  const file = resolveWebAssetPath(root, requestPath);
  const contentType = file ? contentTypes[path.extname(file).toLowerCase()] : undefined;
  if (!file || !contentType) return notFound();
  try {
    const body = await readFile(file);
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' },
      body,
    };
  } catch {
    return notFound();
  }
}

function notFound(): WebAssetResponse {
  return {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: new TextEncoder().encode('Not found'),
  };
}
