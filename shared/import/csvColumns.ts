/**
 * Which column of an inventory export holds what, and why. Headers are read as the tools
 * write them ("IPv4 Address", "WiFiIPv4Address", "Operating System - Name"): an exact
 * header beats a typed one ("header contains “IP”"), which beats a loose one ("…address"),
 * and the more specific location wins ("Location" over "Site"). A column is never mapped
 * when a sample of its values does not fit the field: an email is not an IP address,
 * "10.0.19045.3803" is an OS version and not an OS name, a MAC looks like one. Each choice
 * carries its reason, and each tempting column passed over says why.
 */
import { isIpAddress } from './ipAddress';
import { parseCidr } from '../model/cidr';
import type { CsvField, CsvMapping } from './csvFields';

export interface MappingExplained {
  mapping: CsvMapping;
  /** Why each mapped field took its column: "exact header", "header contains “IP” and 95 % of values are IPv4 addresses". */
  reasons: Partial<Record<CsvField, string>>;
  /** Columns whose header looked right but were not used, each with the reason in one line. */
  passedOver: { column: string; field: CsvField; reason: string }[];
}

/** "WiFiIPv4Address" → "wi fi ipv4 address", "Operating System - Name" → "operating system name". */
export const normalizeHeader = (header: string) =>
  header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/IPv4/gi, ' ipv4 ')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();

interface Hint {
  exact: string[];
  /** Typed: the header names the field ("header contains …"). */
  typed?: [RegExp, string];
  loose?: [RegExp, string];
  /** Headers that name something else, however close ("Primary user email address", "OS version"). */
  not?: RegExp;
}

const PERSON = /\b(user|users|email|e mail|mail|owner|contact|assigned|checked out|display|upn|manager|phone)\b/;
const hints: Record<CsvField, Hint> = {
  ipAddress: {
    exact: ['ip', 'ip address', 'ipv4', 'ipv4 address', 'ipaddress', 'primary ip', 'primary ipv4', 'ip addresses'],
    typed: [/\bipv4\b|\bip\b|\bip ?address/, 'IP'],
    loose: [/\baddress\b/, 'address'],
    not: /\b(mac|physical|email|e mail|mail|web|url|street|postal|ipv6|gateway|dns server|subnet)\b/,
  },
  macAddress: {
    exact: ['mac', 'mac address', 'macaddress', 'wi fi mac', 'wifi mac', 'ethernet mac', 'physical address'],
    typed: [/\bmac\b/, 'MAC'],
    loose: [/\bphysical\b/, 'physical'],
  },
  os: {
    exact: ['os', 'os name', 'osname', 'operating system', 'operating system name', 'os caption'],
    typed: [/\bos\b|\boperating system\b/, 'OS'],
    loose: [/\bplatform\b/, 'platform'],
    not: /\b(build|patch|service pack|architecture|language|license|sku|install)\b/,
  },
  name: {
    exact: [
      'name',
      'hostname',
      'host name',
      'device name',
      'computer name',
      'asset name',
      'computername',
      'devicename',
      'assetname',
      'machine name',
      'system name',
      'dns name',
      'fqdn',
    ],
    typed: [/\b(host ?name|device ?name|computer ?name|asset ?name|machine ?name)\b/, 'a device name'],
    loose: [/\bname\b|\bhost\b|\bdevice\b|\bcomputer\b/, 'name'],
    not: /\b(model|manufacturer|vendor|management|category|company|type|site|location|tenant|rack|role|status|os|operating system|platform)\b/,
  },
  serial: {
    exact: ['serial', 'serial number', 'serialnumber', 'serial no', 's/n', 'service tag', 'serial #'],
    typed: [/\bserial\b|\bservice tag\b/, 'serial'],
  },
  osVersion: {
    exact: ['os version', 'osversion', 'operating system version', 'os build', 'version'],
    typed: [/\b(os|operating system) (version|build)\b/, 'OS version'],
  },
  vendor: {
    exact: ['manufacturer', 'vendor', 'make', 'brand', 'manufacturers'],
    typed: [/\bmanufacturer|\bvendor\b|\bmake\b|\bbrand\b/, 'manufacturer'],
  },
  model: {
    exact: ['model', 'model name', 'product', 'hardware model', 'device type'],
    typed: [/\bmodel\b/, 'model'],
    // NetBox calls the device type (its make and model) "Type".
    loose: [/^type$/, 'type'],
    not: /\b(no|number|#|id)\b/,
  },
  location: {
    exact: ['location', 'room', 'locations', 'office'],
    typed: [/\b(location|room|office)\b/, 'location'],
    loose: [/\b(building|site|department|branch|ward|floor)\b/, 'site or department'],
    not: /\bdefault\b|\bip\b/,
  },
};

const SAMPLE = 200;
const FIT = 0.8;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^([0-9a-f]{4}\.){2}[0-9a-f]{4}$|^[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+)+([ -]\S+)?$/;
const firstToken = (value: string) => value.split(/[\s,;]+/)[0] ?? '';
const isIpv4 = (value: string) => parseCidr(firstToken(value)) !== null;
/** An IPv6 address, with or without a /prefix (an address checked group by group, not by its look). */
const isIpv6 = (value: string) => {
  const [address = '', prefix] = firstToken(value).split('/');
  return address.includes(':') && isIpAddress(address) && (prefix === undefined || /^\d{1,3}$/.test(prefix));
};

/** The share of sampled values that are of one kind, as a whole percentage. */
const share = (values: string[], test: (v: string) => boolean) =>
  values.length ? Math.round((100 * values.filter(test).length) / values.length) : 0;

/** Whether a column's values fit a field; undefined when they fit, else why not. `fits` says how, for the reason. */
function valuesFit(field: CsvField, values: string[]): { misfit?: string; fits?: string } {
  if (!values.length) return { fits: 'no values to check' };
  const emails = share(values, (v) => EMAIL.test(v));
  if (emails >= 50) return { misfit: 'values are email addresses' };
  if (field === 'ipAddress') {
    const v4 = share(values, isIpv4);
    const any = share(values, (v) => isIpv4(v) || isIpv6(v));
    return any >= FIT * 100
      ? { fits: v4 >= any ? `${v4} % of values are IPv4 addresses` : `${any} % of values are IP addresses` }
      : { misfit: `only ${any} % of values are IP addresses` };
  }
  if (field === 'macAddress') {
    const macs = share(values, (v) => MAC.test(firstToken(v)));
    return macs >= FIT * 100
      ? { fits: `${macs} % of values are MAC addresses` }
      : { misfit: `only ${macs} % of values look like MAC addresses` };
  }
  if (field === 'osVersion' && share(values, (v) => /\d/.test(v)) < FIT * 100)
    return { misfit: 'values are not version numbers' };
  if (field === 'os') {
    const versions = share(values, (v) => VERSION.test(v));
    if (versions >= 50)
      return { misfit: `values are version numbers (${values.find((v) => VERSION.test(v))}), not OS names` };
  }
  if (field === 'name' || field === 'vendor' || field === 'model' || field === 'location') {
    if (share(values, isIpv4) >= FIT * 100) return { misfit: 'values are IP addresses' };
  }
  return {};
}

const fieldLabels: Record<CsvField, string> = {
  name: 'names',
  ipAddress: 'IP addresses',
  macAddress: 'MAC addresses',
  os: 'OS names',
  osVersion: 'OS versions',
  vendor: 'manufacturers',
  model: 'models',
  serial: 'serial numbers',
  location: 'locations',
};

/**
 * How strongly a header names a field: 3 exact, 2 typed, 1 loose, 0 not at all, with the
 * words of the reason; `excluded` when it names something else (a person, a version).
 */
function headerScore(field: CsvField, header: string): { score: number; why: string; excluded?: 'person' | 'other' } {
  const h = normalizeHeader(header);
  const hint = hints[field];
  if (hint.exact.includes(h)) return { score: 3, why: 'exact header' };
  const score = hint.typed?.[0].test(h) ? 2 : hint.loose?.[0].test(h) ? 1 : 0;
  const why = score === 2 ? `header contains “${hint.typed?.[1]}”` : `header mentions “${hint.loose?.[1]}”`;
  if (!score) return { score, why: '' };
  if (field !== 'serial' && PERSON.test(h)) return { score, why, excluded: 'person' };
  return hint.not?.test(h) ? { score, why, excluded: 'other' } : { score, why };
}

/** The mapping a table's headers and first rows suggest, with the reason for each choice and each column passed over. */
export function explainMapping(headers: string[], rows: string[][] = []): MappingExplained {
  const sample = rows.slice(0, SAMPLE);
  const valuesOf = (col: number) => sample.map((r) => (r[col] ?? '').trim()).filter(Boolean);
  const candidates: { field: CsvField; col: number; score: number; why: string }[] = [];
  const passedOver: MappingExplained['passedOver'] = [];
  const fields = Object.keys(hints) as CsvField[];
  headers.forEach((header, col) => {
    for (const field of fields) {
      const { score, why, excluded } = headerScore(field, header);
      if (!score) continue;
      const { misfit, fits } = valuesFit(field, valuesOf(col));
      if (excluded === 'other') continue;
      if (misfit)
        passedOver.push({
          column: header,
          field,
          reason: misfit.includes(', not ') ? misfit : `${misfit}, not ${fieldLabels[field]}`,
        });
      else if (excluded === 'person')
        passedOver.push({ column: header, field, reason: 'the header names a person, not the device' });
      else if (!excluded)
        candidates.push({ field, col, score, why: fits && fits !== 'no values to check' ? `${why} and ${fits}` : why });
    }
  });
  // Strongest first; on a tie the field listed first, then the leftmost column.
  candidates.sort((a, b) => b.score - a.score || fields.indexOf(a.field) - fields.indexOf(b.field) || a.col - b.col);
  const mapping: CsvMapping = {};
  const reasons: MappingExplained['reasons'] = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.col)) continue;
    mapping[c.field] = c.col;
    reasons[c.field] = c.why;
    used.add(c.col);
  }
  for (const c of candidates) {
    const chosen = mapping[c.field];
    if (chosen === undefined || chosen === c.col || used.has(c.col) || (c.score < 2 && c.field !== 'location'))
      continue;
    passedOver.push({
      column: headers[c.col] ?? '',
      field: c.field,
      reason: `“${headers[chosen] ?? ''}” was chosen for ${fieldLabels[c.field]} (${reasons[c.field] ?? ''})`,
    });
  }
  return { mapping, reasons, passedOver };
}

/** A first guess at the mapping from the header names and, when given, a sample of the rows. */
export const guessMapping = (headers: string[], rows: string[][] = []): CsvMapping =>
  explainMapping(headers, rows).mapping;

/**
 * Why each field of `mapping` reads its column, for the mapping step and the review: the
 * suggestion's reason when the mapping kept it, else "chosen for this source" (by hand, or
 * remembered from the last file with these headers).
 */
export function mappingReasons(mapping: CsvMapping, suggested: MappingExplained): Partial<Record<CsvField, string>> {
  return Object.fromEntries(
    (Object.keys(mapping) as CsvField[]).map((field) => [
      field,
      mapping[field] === suggested.mapping[field] ? (suggested.reasons[field] ?? '') : 'chosen for this source',
    ]),
  );
}
