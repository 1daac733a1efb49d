/**
 * Resolves operating-system text as machines and scanners report it ("Windows 7
 * Professional SP1", "Microsoft Windows Embedded Standard", "Windows 10 Pro
 * 10.0.19045", "CentOS Linux 7 (Core)") to a product, and tells its support status
 * on a given date.
 */
import {
  CENTOS_8_END,
  debian,
  macos,
  rhel,
  ubuntuLts,
  windows10Releases,
  windows11Releases,
  WINDOWS_10_CONSUMER_ESU_END,
  WINDOWS_10_ESU_END,
  windowsClient,
  windowsEmbedded,
  windowsLtsc,
  windowsServer,
  type OsProduct,
} from './osLifecycleTable';

export type { OsProduct } from './osLifecycleTable';

const byId = new Map(
  [...windowsClient, ...windowsLtsc, ...windowsEmbedded, ...windowsServer].map((p) => [p.id, p] as const),
);
const known = (id: string): OsProduct => {
  const product = byId.get(id);
  if (!product) throw new Error(`No OS product ${id}`);
  return product;
};

/** Build numbers of Windows 10 and 11 releases, as "10.0.19045" reports them. */
const win10Builds: Record<string, string> = {
  '10240': '1507',
  '10586': '1511',
  '14393': '1607',
  '15063': '1703',
  '16299': '1709',
  '17134': '1803',
  '17763': '1809',
  '18362': '1903',
  '18363': '1909',
  '19041': '2004',
  '19042': '20H2',
  '19043': '21H1',
  '19044': '21H2',
  '19045': '22H2',
};
const win11Builds: Record<string, string> = {
  '22000': '21H2',
  '22621': '22H2',
  '22631': '23H2',
  '26100': '24H2',
  '26200': '25H2',
};
const serverBuilds: Record<string, string> = {
  '14393': 'server-2016',
  '17763': 'server-2019',
  '20348': 'server-2022',
  '26100': 'server-2025',
};
const ltscBuilds: Record<string, string> = {
  '10240': 'win-10-ltsb-2015',
  '14393': 'win-10-ltsb-2016',
  '17763': 'win-10-ltsc-2019',
  '19044': 'win-10-ltsc-2021',
  '26100': 'win-11-ltsc-2024',
};

const serverShorthand: Record<string, string> = {
  '3': '2003',
  '8': '2008',
  '12': '2012',
  '16': '2016',
  '19': '2019',
  '22': '2022',
};

function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[®™(),;|/_]+/g, ' ')
    .replace(/\bwindows nt (?=\d)/g, 'windows ') // "Windows NT 6.1" as user agents and some scanners say it
    .replace(
      /\bwin(?:dows)? ?2k(3|8|12|16|19|22)(r2)?\b/g,
      (_m, y: string, r2?: string) => `windows server ${serverShorthand[y] ?? y}${r2 ? ' r2' : ''}`,
    ) // Win2k8R2, Win2k3
    .replace(
      /\bwin ?(2003|2008|2012|2016|2019|2022|2025)(r2)?\b/g,
      (_m, y: string, r2?: string) => `windows server ${y}${r2 ? ' r2' : ''}`,
    ) // Win2012R2
    .replace(/\b(2003|2008|2012)r2\b/g, '$1 r2')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

function build(t: string): string | undefined {
  return /\b10\.0\.(\d{5})\b/.exec(t)?.[1] ?? /\bbuild (\d{5})\b/.exec(t)?.[1] ?? /\b(1\d{4}|2\d{4})\b/.exec(t)?.[1];
}

function windowsRelease(
  t: string,
  releases: [string, string, string][],
  builds: Record<string, string>,
  name: string,
): OsProduct {
  const enterprise = /\b(enterprise|education|iot)\b/.test(t);
  const edition = enterprise ? 'Enterprise/Education' : 'Home/Pro';
  const version =
    /\b(1507|1511|1607|1703|1709|1803|1809|1903|1909|2004|20h2|21h1|21h2|22h2|23h2|24h2|25h2)\b/
      .exec(t)?.[1]
      ?.toUpperCase() ?? builds[build(t) ?? ''];
  const row = releases.find(([v]) => v === version);
  if (row) {
    const end = enterprise ? row[2] : row[1];
    const product: OsProduct = {
      id: `${name.toLowerCase().replace(/ /g, '-')}-${row[0].toLowerCase()}-${enterprise ? 'ent' : 'pro'}`,
      name: `${name} ${row[0]} (${edition})`,
      family: 'windows',
      end,
    };
    return name === 'Windows 10' && row[0] === '22H2' ? { ...product, paidEnd: esuEnd(t) } : product;
  }
  const newest = releases[releases.length - 1];
  const end = newest ? (enterprise ? newest[2] : newest[1]) : '';
  return {
    id: `${name.toLowerCase().replace(/ /g, '-')}-unknown-release`,
    name: `${name} (release not stated)`,
    family: 'windows',
    end,
    releaseUnknown: true,
    ...(name === 'Windows 10' ? { paidEnd: esuEnd(t) } : {}),
  };
}

/** Windows 10 ESU: Home has the consumer year only; other editions can buy the three commercial years. */
function esuEnd(t: string): string {
  return /\bhome\b/.test(t) ? WINDOWS_10_CONSUMER_ESU_END : WINDOWS_10_ESU_END;
}

function resolveWindows(t: string): OsProduct | null {
  const server =
    /\bserver\b/.test(t) || /\b(2003|2008|2012|2016|2019|2022|2025)\b/.test(t.replace(/\b(ltsc|ltsb) \d{4}\b/g, ''));
  if (server && !/\bwindows (7|xp|10|11|8\.1|vista)\b/.test(t.replace(/windows server/g, ''))) {
    const year = /\b(2003|2008|2012|2016|2019|2022|2025)\b/.exec(t)?.[1];
    if (year)
      return known(
        `server-${year}${(year === '2003' || year === '2008' || year === '2012') && /\br2\b/.test(t) ? '-r2' : ''}`,
      );
    const fromBuild = serverBuilds[build(t) ?? ''];
    if (fromBuild && /\bserver\b/.test(t)) return known(fromBuild);
  }
  if (/\b(ce|compact)\b/.test(t)) {
    if (/\bcompact 2013\b/.test(t)) return known('win-compact-2013');
    if (/\bcompact 7\b/.test(t)) return known('win-compact-7');
    if (/\bce 6|\bce 6\.0|\bce6\b/.test(t)) return known('win-ce-6');
    if (/\bce 5|\bce5\b/.test(t)) return known('win-ce-5');
  }
  if (/\bwepos\b|\bembedded for point of service\b/.test(t)) return known('win-wepos');
  if (/\bposready 2009\b/.test(t)) return known('win-posready-2009');
  if (/\bposready 7\b|\bposready\b/.test(t)) return known('win-posready-7');
  if (/\bembedded standard 2009\b/.test(t)) return known('win-embedded-standard-2009');
  if (/\bembedded standard\b|\bwes ?7\b|\bembedded 7\b|\b7 embedded\b/.test(t)) return known('win-embedded-standard-7');
  if (/\bembedded 8\.1\b|\b8\.1 industry\b/.test(t)) return known('win-embedded-8.1-industry');
  if (/\b(xp ?embedded|xpe)\b|\bxp\b.*\bembedded\b/.test(t)) return known('win-xp-embedded');
  if (/\b(win ?xp|windows xp|xp professional|xp home)\b|\bwindows 5\.1\b/.test(t)) return known('win-xp');
  if (/\b(windows 2000|win ?2000|win ?2k|windows 5\.0)\b/.test(t)) return known('win-2000');
  if (/\bwindows 4\.0\b|\bnt ?4(\.0)?\b/.test(t)) return known('win-nt4');
  if (/\b(windows (98|me|millennium)|win ?98|win ?me)\b/.test(t)) return known('win-98');
  if (/\bvista\b/.test(t)) return known('win-vista');
  if (/\b(win ?7|windows 7|windows 6\.1)\b/.test(t)) return known('win-7');
  if (/\b(win ?8\.1|windows 8\.1|windows 6\.3)\b/.test(t)) return known('win-8.1');
  if (/\b(win ?8|windows 8|windows 6\.2)\b/.test(t)) return known('win-8');
  const win11 = /\b(win ?11|windows 11)\b/.test(t) || (/\b10\.0\.2\d{4}\b/.test(t) && !/\bserver\b/.test(t));
  const win10 = /\b(win ?10|windows 10)\b/.test(t) || /\b10\.0\.1\d{4}\b/.test(t);
  if (win10 || win11) {
    const ltsc = /\blts[bc]\b/.exec(t);
    if (ltsc) {
      const year =
        /\blts[bc] (2015|2016|2019|2021|2024)\b/.exec(t)?.[1] ?? /\b(2015|2016|2019|2021|2024) lts[bc]\b/.exec(t)?.[1];
      const iot = /\biot\b/.test(t);
      const id = year
        ? `win-${year === '2024' ? '11' : '10'}${iot && (year === '2021' || year === '2024') ? '-iot' : ''}-${year === '2015' || year === '2016' ? 'ltsb' : 'ltsc'}-${year}`
        : ltscBuilds[build(t) ?? ''];
      if (id && byId.has(id)) return known(id);
      // An LTSC edition without its year: never on ESU; its end is the latest of the LTSC releases it could be.
      return {
        id: `win-${win11 ? '11' : '10'}-ltsc-unknown-release`,
        name: `Windows ${win11 ? '11' : '10'} Enterprise LTSC (release not stated)`,
        family: 'windows',
        end: known(win11 ? 'win-11-ltsc-2024' : 'win-10-ltsc-2019').end,
        releaseUnknown: true,
      };
    }
    return win11
      ? windowsRelease(t, windows11Releases, win11Builds, 'Windows 11')
      : windowsRelease(t, windows10Releases, win10Builds, 'Windows 10');
  }
  return null;
}

function resolveLinux(t: string): OsProduct | null {
  const ubuntu = /\bubuntu (\d{2})\.(\d{2})/.exec(t);
  if (ubuntu) {
    const version = `${ubuntu[1]}.${ubuntu[2]}`;
    const lts = ubuntuLts[version];
    if (lts)
      return { id: `ubuntu-${version}`, name: `Ubuntu ${version} LTS`, family: 'linux', end: lts[0], paidEnd: lts[1] };
    // Interim releases get nine months of updates from their release month (UB).
    const released = Date.UTC(2000 + Number(ubuntu[1]), Number(ubuntu[2]) - 1 + 9, 1);
    return {
      id: `ubuntu-${version}`,
      name: `Ubuntu ${version}`,
      family: 'linux',
      end: new Date(released).toISOString().slice(0, 10),
    };
  }
  const centos = /\bcentos(?: linux)?(?: release)? (\d)/.exec(t);
  if (centos?.[1]) {
    if (centos[1] === '8') return { id: 'centos-8', name: 'CentOS Linux 8', family: 'linux', end: CENTOS_8_END };
    const row = rhel[centos[1]];
    if (row) return { id: `centos-${centos[1]}`, name: `CentOS Linux ${centos[1]}`, family: 'linux', end: row[0] };
  }
  const redhat = /\b(?:red hat enterprise linux|rhel)(?: server| workstation)?(?: release)? ?(\d)/.exec(t);
  if (redhat?.[1]) {
    const row = rhel[redhat[1]];
    if (row)
      return {
        id: `rhel-${redhat[1]}`,
        name: `Red Hat Enterprise Linux ${redhat[1]}`,
        family: 'linux',
        end: row[0],
        ...(row[1] ? { paidEnd: row[1] } : {}),
      };
  }
  const deb = /\bdebian(?: gnu linux)? (\d{1,2})\b/.exec(t);
  if (deb?.[1] && debian[deb[1]])
    return { id: `debian-${deb[1]}`, name: `Debian ${deb[1]}`, family: 'linux', end: debian[deb[1]] ?? '' };
  return null;
}

function resolveMac(t: string): OsProduct | null {
  const m =
    /\b(?:mac ?os(?: x)?|os x|osx)(?: (?:yosemite|el capitan|sierra|high sierra|mojave|catalina|big sur|monterey|ventura|sonoma|sequoia|tahoe))? ?(\d{2})(?:\.(\d{1,2}))?/.exec(
      t,
    );
  if (!m?.[1]) return null;
  const major = Number(m[1]) === 10 && m[2] ? `10.${m[2]}` : m[1];
  const row = macos[major];
  if (row) return { id: `macos-${major}`, name: `${row[0]} (${major})`, family: 'macos', end: row[1] };
  if (major.startsWith('10.') && Number(m[2]) < 12)
    return { id: `macos-${major}`, name: `Mac OS X ${major}`, family: 'macos', end: '2018-09-24' };
  return null;
}

const PROJECTED = new Set(['debian-13', 'ubuntu-26.04', 'macos-14', 'macos-15', 'macos-26']);

/** Says where a product's date comes from: a published lifecycle, or a vendor's policy. */
function withSource(product: OsProduct): OsProduct {
  const id = product.id;
  const policy = (source: string): OsProduct => ({ ...product, dateBasis: 'policy', source });
  if (id.startsWith('macos-')) {
    return policy(
      `Apple publishes no end dates; by its practice only the three latest macOS releases get every security update${PROJECTED.has(id) ? ' (date expected from its yearly release pattern)' : ''}`,
    );
  }
  if (PROJECTED.has(id))
    return policy(
      id.startsWith('debian')
        ? "Debian's announced policy of three years of regular support and two of LTS (not yet a published date)"
        : "Canonical's announced LTS and ESM policy (not yet a published date)",
    );
  if (id.startsWith('ubuntu-') && !product.paidEnd)
    return policy("Canonical's policy of nine months of updates for interim releases");
  const published = (source: string): OsProduct => ({ ...product, dateBasis: 'published', source });
  if (product.family.startsWith('windows'))
    return published(
      `Microsoft Lifecycle Policy${product.paidEnd ? '; paid Extended Security Updates after that' : ''}`,
    );
  if (id.startsWith('ubuntu-')) return published('Ubuntu release cycle: standard support, then Ubuntu Pro ESM');
  if (id.startsWith('rhel-') || id.startsWith('centos-')) return published('Red Hat Enterprise Linux Life Cycle');
  if (id.startsWith('debian-')) return published('Debian security team and Debian LTS');
  return published('vendor lifecycle');
}

/** The product an OS string names, or null when it cannot be told. */
export function resolveOs(text: string): OsProduct | null {
  const t = normalise(text);
  if (!t.trim()) return null;
  const product = resolveWindows(t) ?? resolveLinux(t) ?? resolveMac(t);
  return product ? withSource(product) : null;
}

export type SupportStatus = 'supported' | 'extended-only' | 'unsupported' | 'unknown';

export interface OsSupportStatus {
  status: SupportStatus;
  product?: OsProduct;
  /** When free security updates ended. */
  since?: string;
  /** Until when it is supported, or paid updates run. */
  until?: string;
  label: string;
}

const formatDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
};

/** Support status of a product on a date (YYYY-MM-DD): the day after the end date it is past. */
export function supportStatus(product: OsProduct, onDate: string): OsSupportStatus {
  if (product.releaseUnknown && onDate <= (product.paidEnd ?? product.end)) {
    // Without the release nothing can be told: an older release may long be out of support.
    return { status: 'unknown', product, label: `${product.name}: record the release (winver) to judge support` };
  }
  if (onDate <= product.end) {
    return { status: 'supported', product, until: product.end, label: `Supported until ${formatDate(product.end)}` };
  }
  if (product.paidEnd && onDate <= product.paidEnd) {
    return {
      status: 'extended-only',
      product,
      since: product.end,
      until: product.paidEnd,
      label: `Paid extended updates only, until ${formatDate(product.paidEnd)}`,
    };
  }
  return { status: 'unsupported', product, since: product.end, label: `Unsupported since ${formatDate(product.end)}` };
}

/** Both steps at once: what the text names, and its status on the date. */
export function osSupport(text: string, onDate: string): OsSupportStatus {
  const product = resolveOs(text);
  return product ? supportStatus(product, onDate) : { status: 'unknown', label: 'OS not recognised' };
}
