import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWebAsset, resolveWebAssetPath } from '../../../electron/webAssets';
import { CONTENT_SECURITY_POLICY } from '../../../electron/contentSecurityPolicy';
import { startStaticServer, type StaticServer } from '../../../electron/staticServer';
import { makeTempDir } from '../../support/tempDir';

let parent: string;
let root: string;
let cleanup: () => Promise<void>;
let server: StaticServer;

beforeAll(async () => {
  ({ dir: parent, cleanup } = await makeTempDir());
  root = path.join(parent, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(parent, 'secret.txt'), 'outside the bundle');
  server = await startStaticServer(root, 0);
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

describe('resolveWebAssetPath', () => {
  it('maps the root to index.html and paths to files inside the bundle', () => {
    expect(resolveWebAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveWebAssetPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (requestPath) => {
    expect(resolveWebAssetPath(root, requestPath)).toBeNull();
  });
});

describe('loadWebAsset', () => {
  it('serves bundle files with the CSP and a content type', async () => {
    const response = await loadWebAsset(root, '/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(new TextDecoder().decode(response.body)).toBe('console.log(1)');
  });

  it('answers 404 for missing files, unknown types and escapes', async () => {
    expect((await loadWebAsset(root, '/missing.js')).status).toBe(404);
    expect((await loadWebAsset(root, '/../secret.txt')).status).toBe(404);
  });
});

describe('browser fallback server', () => {
  it('listens on loopback and serves the bundle with security headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('does not serve files outside the bundle, even with a raw ../ in the request line', async () => {
    const { request } = await import('node:http');
    const url = new URL(server.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/../secret.txt', method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${server.url}/`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});
