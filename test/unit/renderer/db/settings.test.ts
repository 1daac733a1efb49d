import { describe, expect, it } from 'vitest';
import {
  inspectSetting,
  readSetting,
  settingDefault,
  updateSetting,
  writeSetting,
} from '../../../../renderer/db/settings';
import { freshDatabase } from '../../../support/testDatabase';

const signer = (fingerprint: string) => ({
  name: `Signer ${fingerprint}`,
  fingerprint,
  added: '2026-01-02T03:04:05.000Z',
});

describe('the settings repository', () => {
  it('writes and reads back typed values', async () => {
    const db = freshDatabase();
    await writeSetting(db, 'autoLockMinutes', 30);
    await writeSetting(db, 'csvMappings', { 'hostname;ip': { hostname: 'hostname', ip: 'ip' } });
    await writeSetting(db, 'trustedSigners', [signer('aa')]);
    const minutes: number = await readSetting(db, 'autoLockMinutes');
    expect(minutes).toBe(30);
    expect(await readSetting(db, 'csvMappings')).toEqual({ 'hostname;ip': { hostname: 'hostname', ip: 'ip' } });
    expect(await readSetting(db, 'trustedSigners')).toEqual([signer('aa')]);
    // Stored under the same key, as the same plain value older versions wrote.
    expect(await db.settings.get('autoLockMinutes')).toEqual({ key: 'autoLockMinutes', value: 30 });
  });

  it('reads the documented fallback when a value is missing', async () => {
    const db = freshDatabase();
    expect(await readSetting(db, 'autoLockMinutes')).toBe(10);
    expect(await readSetting(db, 'trustedSigners')).toEqual([]);
    expect(await readSetting(db, 'csvMappings')).toEqual({});
    expect(await readSetting(db, 'firmRecipient')).toBeUndefined();
    expect(await inspectSetting(db, 'keyring')).toEqual({ state: 'missing' });
  });

  it('reads a malformed stored value as the fallback, and says it is malformed', async () => {
    const db = freshDatabase();
    await db.settings.bulkPut([
      { key: 'autoLockMinutes', value: 'ten' },
      { key: 'lastFullExport', value: 42 },
      { key: 'firmRecipient', value: { name: 'Firm' } },
      { key: 'csvMappings', value: 'not a map' },
      { key: 'keyring', value: { version: 2 } },
    ]);
    expect(await readSetting(db, 'autoLockMinutes')).toBe(10);
    expect(await readSetting(db, 'lastFullExport')).toBeUndefined();
    expect(await readSetting(db, 'firmRecipient')).toBeUndefined();
    expect(await readSetting(db, 'csvMappings')).toEqual({});
    expect(await inspectSetting(db, 'keyring')).toEqual({ state: 'malformed' });
    await db.settings.put({ key: 'autoLockMinutes', value: -5 });
    expect(await readSetting(db, 'autoLockMinutes')).toBe(10);
  });

  it('drops only the malformed items of a list, and only a damaged endorsement of the firm key', async () => {
    const db = freshDatabase();
    const sealedPrivate = new Uint8Array([1, 2, 3]);
    await db.settings.bulkPut([
      { key: 'trustedSigners', value: [signer('aa'), { name: 'no fingerprint' }, signer('bb')] },
      { key: 'firmKey', value: { name: 'Firm', publicKey: 'AAAA', sealedPrivate, endorsement: { publicKey: 1 } } },
    ]);
    expect(await readSetting(db, 'trustedSigners')).toEqual([signer('aa'), signer('bb')]);
    expect(await readSetting(db, 'firmKey')).toEqual({ name: 'Firm', publicKey: 'AAAA', sealedPrivate });
  });

  it('reads every setting as the versions before the repository stored it', async () => {
    const db = freshDatabase();
    const bytes = new Uint8Array(16).fill(7);
    const pair = { name: 'Dana', publicKey: 'BBBB', sealedPrivate: bytes };
    const endorsement = { publicKey: 'CCCC', fingerprint: 'ab cd', signature: 'DDDD' };
    const stored = {
      keyring: {
        version: 1,
        kdf: { algorithm: 'argon2id', salt: bytes, memoryKiB: 65536, iterations: 3, parallelism: 1 },
        wrappedKey: bytes,
        changedAt: '2026-01-01T00:00:00.000Z',
      },
      device: 'device-1',
      clock: '0001:0000:device-1',
      autoLockMinutes: 5,
      lastFullExport: '2026-01-01T00:00:00.000Z',
      csvMappings: { 'a;b': { hostname: 'a' } },
      signingKey: pair,
      firmKey: { ...pair, endorsement },
      firmPreviousKeys: [pair],
      firmRecipient: { name: 'Firm', publicKey: 'EEEE' },
      firmRecipientHistory: [{ name: 'Old firm', publicKey: 'FFFF' }],
      trustedSigners: [signer('aa')],
      revocationList: { text: 'CLINIC-ASSESSOR REVOKED KEYS' },
    } as const;
    await db.settings.bulkPut(Object.entries(stored).map(([key, value]) => ({ key, value })));
    for (const name of Object.keys(stored) as (keyof typeof stored)[])
      expect([name, await inspectSetting(db, name)]).toEqual([name, { state: 'valid', value: stored[name] }]);
  });

  it('refuses to write a value its schema rejects, and writes nothing', async () => {
    const db = freshDatabase();
    await expect(writeSetting(db, 'autoLockMinutes', 0)).rejects.toThrow('The setting “autoLockMinutes” was not saved');
    expect(await db.settings.get('autoLockMinutes')).toBeUndefined();
  });

  it('updates in one transaction: concurrent updates all land, and a failed one writes nothing', async () => {
    const db = freshDatabase();
    await Promise.all(
      ['aa', 'bb', 'cc', 'dd'].map((f) => updateSetting(db, 'trustedSigners', (list) => [...list, signer(f)])),
    );
    expect((await readSetting(db, 'trustedSigners')).map((s) => s.fingerprint).sort()).toEqual([
      'aa',
      'bb',
      'cc',
      'dd',
    ]);

    await expect(
      updateSetting(db, 'trustedSigners', () => {
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readSetting(db, 'trustedSigners')).toHaveLength(4);

    expect(await updateSetting(db, 'lastFullExport', () => undefined)).toBeUndefined();
    expect(await db.settings.get('lastFullExport')).toBeUndefined();
  });

  it('hands out a fresh fallback each time', () => {
    const first = settingDefault('trustedSigners');
    first.push(signer('aa'));
    expect(settingDefault('trustedSigners')).toEqual([]);
  });

  it('accepts only names in the table and values of their type (checked by tsc -b)', () => {
    const db = freshDatabase();
    const misuses = [
      // @ts-expect-error: a name not in the settings table does not compile
      () => readSetting(db, 'autoLockMinute'),
      // @ts-expect-error: a value of the wrong type does not compile
      () => writeSetting(db, 'autoLockMinutes', 'ten'),
      // @ts-expect-error: nor does a list item missing a field
      () => writeSetting(db, 'trustedSigners', [{ name: 'Dana', fingerprint: 'aa' }]),
    ];
    expect(misuses).toHaveLength(3);
  });
});
