import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assetData } from '../../../../shared/model/asset';
import { plainError, plainIssue, plainTooLong, shortValue } from '../../../../shared/model/plainIssues';
import { expectPlainSentence } from '../../../support/plainSentence';

const issueOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a problem');
  return parsed.error;
};

describe('plainIssue: the first schema problem as one sentence', () => {
  const host = z.object({
    hostname: z.string().max(255),
    ports: z.array(z.number()).max(2),
    kind: z.enum(['server', 'workstation']),
    seen: z.iso.date(),
    count: z.number().int().min(1).max(10),
    id: z.uuid(),
    tag: z.literal('nmap'),
    extra: z.strictObject({}),
    any: z.union([z.string(), z.number()]),
    maybe: z.union([z.literal(''), z.iso.date()]),
  });
  const good = {
    hostname: 'pc-1',
    ports: [22],
    kind: 'server',
    seen: '2026-01-02',
    count: 2,
    id: '00000000-0000-0000-0000-000000000000',
    tag: 'nmap',
    extra: {},
    any: 'x',
    maybe: '',
  };
  it.each([
    [
      'a 200,000-character hostname',
      { hostname: 'h'.repeat(200_000) },
      'The hostname of the host on row 12 is 200,000 characters long; at most 255 are allowed.',
    ],
    ['too many items', { ports: [1, 2, 3] }, 'The ports of the host on row 12 has 3 items; at most 2 are allowed.'],
    [
      'a value not among the options',
      { kind: 'toaster' },
      'The kind of the host on row 12 is “toaster”; it must be one of “server”, “workstation”.',
    ],
    [
      'a date that is not one',
      { seen: '2026-13-45' },
      'The seen of the host on row 12 is “2026-13-45”, not a date (YYYY-MM-DD).',
    ],
    ['a number too small', { count: 0 }, 'The count of the host on row 12 is 0; it must be at least 1.'],
    ['a number too large', { count: 1e9 }, 'The count of the host on row 12 is 1,000,000,000; it must be at most 10.'],
    [
      'a fraction for a whole number',
      { count: 1.5 },
      'The count of the host on row 12 should be a whole number, not the number 1.5.',
    ],
    [
      'text for a number',
      { count: 'seven' },
      'The count of the host on row 12 should be a number, not text (“seven”).',
    ],
    ['a missing field', { hostname: undefined }, 'The hostname of the host on row 12 is missing.'],
    [
      'an identifier that is not one',
      { id: 'x'.repeat(5000) },
      `The identifier of the host on row 12 is ${shortValue('x'.repeat(5000))}, not a record identifier.`,
    ],
    ['the wrong literal', { tag: 'masscan' }, 'The tag of the host on row 12 is “masscan”; it must be “nmap”.'],
    [
      'an unknown field',
      { extra: { evil: 1 } },
      'The extra of the host on row 12 has a field this app does not know (“evil”).',
    ],
    ['no union member fits', { any: [1] }, 'The any of the host on row 12 is not in a form this app reads.'],
    [
      'a union of empty or a date',
      { maybe: '31/12/2026' },
      'The maybe of the host on row 12 is “31/12/2026”, not a date (YYYY-MM-DD).',
    ],
  ])('%s', (_, change, expected) => {
    const input = { ...good, ...change };
    const message = plainIssue(issueOf(host, input), { what: 'host on row 12', input });
    expect(message).toBe(expected);
    expectPlainSentence(message);
  });

  it('names the record and its number inside a nested file, and uses field words', () => {
    const file = z.object({
      records: z.object({ asset: z.array(z.object({ data: assetData.pick({ ipAddress: true }) })) }),
    });
    const input = {
      records: { asset: [{ data: { ipAddress: '10.0.0.1' } }, { data: { ipAddress: '1'.repeat(150) } }] },
    };
    expect(plainIssue(issueOf(file, input), { what: 'assessment file', input })).toBe(
      'The IP address of asset 2 in the assessment file is 150 characters long; at most 100 are allowed.',
    );
  });

  it('without the input it still says what is wrong, never echoing what it cannot see', () => {
    for (const [schema, input] of [
      [z.string().max(3), 'abcdef'],
      [z.object({ a: z.number() }), { a: 'x' }],
      [z.object({ a: z.number() }), {}],
      [z.boolean(), 'yes'],
    ] as const) {
      expectPlainSentence(plainIssue(issueOf(schema, input), { what: 'speed test' }));
    }
    expect(plainIssue(issueOf(z.object({ a: z.number() }), {}))).toBe('The a is missing.');
  });

  it('quotes values short and without control characters', () => {
    expect(shortValue('a\u0000b')).toBe('“a b”');
    expect(shortValue('y'.repeat(100))).toHaveLength(42);
    expect(plainTooLong('hostname in host 3 (line 40)', 200_000, 255)).toBe(
      'The hostname in host 3 (line 40) is 200,000 characters long; at most 255 are allowed.',
    );
  });
});

describe('plainError: anything thrown, as one sentence', () => {
  const fallback = 'The file could not be saved; nothing was changed.';
  it.each([
    [
      'a ZodError',
      issueOf(z.object({ name: z.string().max(2) }), { name: 'abc' }),
      'The name is too long; at most 2 characters are allowed.',
    ],
    [
      'a Node error with its code',
      Object.assign(new Error("ENOSPC: no space left on device, write '/tmp/x'"), { code: 'ENOSPC' }),
      fallback,
    ],
    ['a message with a stack', new Error('TypeError: x is undefined\n    at f (app.js:1:2)'), fallback],
    ['a JSON dump', new Error('[{"code":"too_big","path":["name"]}]'), fallback],
    [
      'a plain message',
      new Error('That passphrase does not open this assessment file.'),
      'That passphrase does not open this assessment file.',
    ],
    ['something not an error', 42, fallback],
  ])('%s', (_, error, expected) => {
    const message = plainError(error, fallback);
    expect(message).toBe(expected);
    expectPlainSentence(message);
  });
});
