import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadWebAsset } from './webAssets';

/**
 * The browser fallback's address. Fixed, because the origin keys the browser's
 * IndexedDB: a different port would make the assessor's data seem to vanish.
 */
export const FALLBACK_HOST = '127.0.0.1';
export const FALLBACK_PORT = 47813;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Only the names of this loopback server, with its actual port: never a name that merely resolves here. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  const name = host?.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}`;
}

/** Serves the renderer bundle on loopback only, with the same files and headers as app://. */
export function startStaticServer(
  root: string,
  port: number = FALLBACK_PORT,
  host: string = FALLBACK_HOST,
): Promise<StaticServer> {
  // A request with no Host at all reaches the check too (Node would answer 400 itself).
  const server = http.createServer({ requireHostHeader: false }, (request, response) => {
    // DNS rebinding: a page of another site whose name now points at 127.0.0.1 sends its own Host.
    if (!hostAllowed(request.headers.host, (server.address() as AddressInfo).port)) {
      response
        .writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Misdirected request: this server answers only 127.0.0.1 and localhost.\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
    void loadWebAsset(root, pathname).then((file) => {
      response.writeHead(file.status, { ...file.headers, 'Content-Length': String(file.body.byteLength) });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
