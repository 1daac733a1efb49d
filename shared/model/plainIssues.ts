/**
 * One plain sentence for a value that failed its schema: what is wrong and where, in the
 * assessor's words, never zod's JSON. Quoted values are shortened, so a 200,000-character
 * hostname is described by its length, not echoed.
 */
import type { z } from 'zod';
import { count } from './plural';

export interface IssueContext {
  /** What was checked and where it sits: "host 12 (line 340)", "row 7", "assessment file". */
  what?: string;
  /** The value that was checked, to quote lengths and values from. */
  input?: unknown;
  /** Words for field names, over the built-in ones. */
  labels?: Readonly<Record<string, string>>;
  /** Text was already cut to this length when read: a value this long may have been longer. */
  cutAt?: number;
}

const fieldWords: Readonly<Record<string, string>> = {
  ipAddress: 'IP address',
  macAddress: 'MAC address',
  osVersion: 'OS version',
  osFamily: 'OS family',
  osEdition: 'OS edition',
  hostname: 'hostname',
  isp: 'ISP name',
  url: 'address',
  id: 'identifier',
  vlan: 'VLAN',
  downMbps: 'download speed',
  upMbps: 'upload speed',
  latencyMs: 'latency',
  jitterMs: 'jitter',
  lossPercent: 'packet loss',
  remoteAccess: 'remote access',
  serial: 'serial number',
};

const number = (n: number) => n.toLocaleString('en-US');

/** A value fit to quote in a sentence: control characters gone, at most `max` characters. */
export function shortValue(value: unknown, max = 40): string {
  const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    ' ',
  );
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

function words(key: string, labels?: Readonly<Record<string, string>>): string {
  return (
    labels?.[key] ??
    fieldWords[key] ??
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .toLowerCase()
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** "the name of asset 4" from ['asset', 3, 'data', 'name']; the context's `what` says where the whole value sits. */
function subject(path: readonly PropertyKey[], context: IssueContext): string {
  const keys = path.filter((k): k is string => typeof k === 'string' && k !== 'data');
  const field = keys.length ? words(keys[keys.length - 1] ?? '', context.labels) : '';
  const lastIndex = path.findLastIndex((k) => typeof k === 'number');
  const before = lastIndex > 0 ? path[lastIndex - 1] : undefined;
  const item =
    lastIndex >= 0
      ? `${typeof before === 'string' ? words(before, context.labels) : 'item'} ${number(Number(path[lastIndex]) + 1)}`
      : '';
  const owner = item
    ? `${item}${context.what ? ` in the ${context.what}` : ''}`
    : context.what
      ? `the ${context.what}`
      : '';
  if (!field) return owner || 'the value';
  return owner ? `the ${field} of ${owner}` : `the ${field}`;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text (${shortValue(value)})`;
  if (typeof value === 'number') return `the number ${number(value)}`;
  if (typeof value === 'boolean') return `yes/no (${String(value)})`;
  return typeof value === 'object' ? 'a group of fields' : typeof value;
}

const expectedWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  bigint: 'a whole number',
  date: 'a date',
};

const formatWords: Readonly<Record<string, string>> = {
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time',
  uuid: 'a record identifier',
  email: 'an e-mail address',
  url: 'a web address',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  base64: 'base64 text',
  regex: 'in the expected form',
};

/** "is 200,000 characters long; at most 255 are allowed" */
export function tooLongWords(length: number, max: number, cutAt = Infinity): string {
  return `is ${length >= cutAt ? 'at least ' : ''}${count(length, 'character', 'characters')} long; at most ${number(max)} ${max === 1 ? 'is' : 'are'} allowed`;
}

function predicate(issue: z.core.$ZodIssue, value: unknown, cutAt?: number): string {
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string') return tooLongWords(value.length, max, cutAt);
      if (issue.origin === 'string')
        return `is too long; at most ${count(max, 'character is', 'characters are')} allowed`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${Array.isArray(value) ? `has ${count(value.length, 'item', 'items')}` : 'has too many items'}; at most ${number(max)} ${max === 1 ? 'is' : 'are'} allowed`;
      return `is ${typeof value === 'number' ? number(value) : 'too large'}; it must be ${issue.inclusive ? 'at most' : 'less than'} ${number(max)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return typeof value === 'string' && value.length === 0
          ? 'is empty'
          : `is too short; at least ${count(min, 'character is', 'characters are')} needed`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${Array.isArray(value) ? `has ${count(value.length, 'item', 'items')}` : 'has too few items'}; at least ${number(min)} ${min === 1 ? 'is' : 'are'} needed`;
      return `is ${typeof value === 'number' ? number(value) : 'too small'}; it must be ${issue.inclusive ? 'at least' : 'more than'} ${number(min)}`;
    }
    case 'invalid_type': {
      // Without the input, zod's own words say what it received.
      const received = value === undefined ? (/received (\w+)/.exec(issue.message)?.[1] ?? 'undefined') : undefined;
      if (received === 'undefined') return 'is missing';
      return `should be ${expectedWords[issue.expected] ?? issue.expected}, not ${received ? (expectedWords[received] ?? received) : kindOf(value)}`;
    }
    case 'invalid_value': {
      const options = issue.values.slice(0, 6).map((v) => shortValue(v, 30));
      const list =
        options.length === 1
          ? options[0]
          : `one of ${options.join(', ')}${issue.values.length > 6 ? ' or another listed value' : ''}`;
      return `is ${value === undefined ? 'missing' : shortValue(value)}; it must be ${list}`;
    }
    case 'invalid_format':
      return `is ${typeof value === 'string' ? `${shortValue(value)}, ` : ''}not ${formatWords[issue.format] ?? 'in the expected form'}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this app does not know (${issue.keys
        .slice(0, 3)
        .map((k) => shortValue(k, 30))
        .join(', ')})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'is not in a form this app reads';
    default:
      return 'is not valid';
  }
}

/**
 * A union says only "invalid input"; the branch that got furthest says more: of `'' | date`,
 * "not a date" rather than "not empty". Its path continues the union's.
 */
function telling(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
  if (issue?.code !== 'invalid_union') return issue;
  const branch = issue.errors.flat().find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value');
  return branch ? telling({ ...branch, path: [...issue.path, ...branch.path] }) : issue;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The first problem a schema found, as one sentence. */
export function plainIssue(error: { issues: readonly z.core.$ZodIssue[] }, context: IssueContext = {}): string {
  const issue = telling(error.issues[0]);
  if (!issue) return `${capitalise(subject([], context))} is not valid.`;
  const value = valueAt(context.input, issue.path);
  return `${capitalise(subject(issue.path, context))} ${predicate(issue, value, context.cutAt)}.`;
}

/** "The hostname of host 12 is 200,000 characters long; at most 255 are allowed." */
export function plainTooLong(what: string, length: number, max: number): string {
  return `The ${what} ${tooLongWords(length, max)}.`;
}

const looksPlain = (message: string) =>
  message.length > 0 && message.length <= 400 && !/[[{\n]|\bat .+:\d+:\d+|\bE[A-Z]{3,}\b|ZodError/.test(message);

/** Any error as one sentence for the assessor: schema problems in words, plain messages as they are, anything else as `fallback`. */
export function plainError(error: unknown, fallback: string, context: IssueContext = {}): string {
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues) && error instanceof Error && error.name === 'ZodError')
    return plainIssue(error as unknown as { issues: z.core.$ZodIssue[] }, context);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return looksPlain(message) ? message : fallback;
}
