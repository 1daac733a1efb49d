import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { readZeekLog } from '../../../../renderer/workers/zeekLogRead';

const bytes = (name: string) => new Uint8Array(readFileSync(fixtureFile('zeek', name)));
const context = { networks: [{ id: 'clinical', subnet: '10.20.30.0/24' }], assets: [] };

describe('reading a conn.log in the import worker', () => {
  it('reads a .gz of the log as the log itself, with progress', async () => {
    const plain = await readZeekLog(bytes('clinic-conn.log'), context, () => undefined);
    const seen: number[] = [];
    const zipped = await readZeekLog(new Uint8Array(gzipSync(bytes('clinic-conn.log'))), context, (_, done) =>
      seen.push(done),
    );
    expect(zipped).toEqual(plain);
    expect(plain.summary.flows.map((f) => [f.from, f.to, f.service])).toContainEqual(['internet', 'clinical', 'vnc']);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('refuses a damaged .gz in one sentence', async () => {
    const zipped = gzipSync(bytes('clinic-conn.log'));
    const cut = new Uint8Array(zipped.subarray(0, 200));
    await expect(readZeekLog(cut, context, () => undefined)).rejects.toThrow(
      'This .gz file is damaged or was cut short, so nothing was imported.',
    );
  });

  it('stops unpacking a gzip bomb at the text cap', async () => {
    const line = '#separator \\x09\n';
    const huge = gzipSync(Buffer.from(line + '#'.repeat(20_000) + '\n'));
    await expect(readZeekLog(new Uint8Array(huge), context, () => undefined)).rejects.toThrow(
      /^This file is larger than an import allows: line 2 is longer than 16 KB/,
    );
  });
});
