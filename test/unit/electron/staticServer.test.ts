import http from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../electron/staticServer';
import { makeTempDir } from '../../support/tempDir';

let server: StaticServer;
let port: number;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir('clinic-assessor-static-');
  cleanup = temp.cleanup;
  await writeFile(path.join(temp.dir, 'index.html'), '<!doctype html><title>Clinic Assessor</title>');
  server = await startStaticServer(temp.dir, 0);
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

/** A real request to the server, with the Host header given (or none at all). */
function get(host: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = host === undefined ? {} : { Host: host };
    const request = http.request(
      { host: '127.0.0.1', port, path: '/index.html', headers, setHost: host !== undefined },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (piece: string) => (body += piece));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('the fallback server answers only to its own names (no DNS rebinding)', () => {
  it('serves 127.0.0.1:PORT and localhost:PORT', async () => {
    expect(await get(`127.0.0.1:${port}`)).toMatchObject({
      status: 200,
      body: expect.stringContaining('Clinic Assessor'),
    });
    expect((await get(`localhost:${port}`)).status).toBe(200);
  });

  it('answers 421 to any other Host, another port, or none', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      'localhost',
      `127.0.0.1.nip.io:${port}`,
    ]) {
      const response = await get(host);
      expect(response.status, host).toBe(421);
      expect(response.body, host).not.toContain('Clinic Assessor<');
    }
    expect((await get(undefined)).status).toBe(421);
  });
});
