/**
 * End-of-support dates of the operating systems found in clinics, from the vendors'
 * published lifecycles. `end` is the last day of free security updates (Microsoft:
 * end of extended support, or of servicing for a Windows 10/11 release); `paidEnd`
 * the last day of paid extended updates (Microsoft ESU, Red Hat ELS, Ubuntu ESM).
 *
 * Sources:
 * - MS: Microsoft Lifecycle Policy, learn.microsoft.com/lifecycle/products/<product>
 *   ("Windows XP", "Windows 7", "Windows 10 Home and Pro", "Windows 10 Enterprise and
 *   Education", "Windows 11 …", "Windows Server 20xx", "Windows Embedded …").
 * - ESU: Microsoft "Extended Security Updates" program pages for Windows 7, Server
 *   2008/2008 R2, Server 2012/2012 R2 and Windows 10.
 * - RH: Red Hat Enterprise Linux Life Cycle, access.redhat.com/support/policy/updates/errata
 * - UB: Ubuntu release cycle, ubuntu.com/about/release-cycle (standard and ESM)
 * - DEB: Debian security and LTS pages, wiki.debian.org/LTS
 * - APPLE: Apple publishes no end dates; a macOS release is counted unsupported from the
 *   release of the version that leaves it outside the three Apple still patches
 *   (support.apple.com/en-us/100100, "Apple security releases").
 */

export type OsFamily = 'windows' | 'windows-server' | 'windows-embedded' | 'linux' | 'macos';

export interface OsProduct {
  id: string;
  name: string;
  family: OsFamily;
  /** Last day of free security updates, YYYY-MM-DD. */
  end: string;
  /** Last day of paid extended updates, where a programme exists. */
  paidEnd?: string;
  /** The text did not name the release: the date is the end of the newest release, so earlier dates prove nothing. */
  releaseUnknown?: boolean;
  /** Whether the vendor published the date, or it is derived from the vendor's policy (Apple publishes none). */
  dateBasis?: 'published' | 'policy';
  /** Where the date comes from, in words a report can quote. */
  source?: string;
}

const p = (id: string, name: string, family: OsFamily, end: string, paidEnd?: string): OsProduct =>
  paidEnd ? { id, name, family, end, paidEnd } : { id, name, family, end };

export const windowsClient: OsProduct[] = [
  p('win-98', 'Windows 98 / Me', 'windows', '2006-07-11'), // MS retirement notice for Windows 98, 98 SE and Me (all support ended 11 Jul 2006)
  p('win-nt4', 'Windows NT 4.0', 'windows', '2004-06-30'), // Workstation; Server ended 2004-12-31. Not confirmed from a Microsoft page in this review
  p('win-2000', 'Windows 2000', 'windows', '2010-07-13'), // MS: extended support of every Windows 2000 edition ended 13 Jul 2010
  p('win-xp', 'Windows XP', 'windows', '2014-04-08'), // MS
  p('win-vista', 'Windows Vista', 'windows', '2017-04-11'), // MS
  p('win-7', 'Windows 7', 'windows', '2020-01-14', '2023-01-10'), // MS, ESU year 3
  p('win-8', 'Windows 8', 'windows', '2016-01-12'), // MS
  p('win-8.1', 'Windows 8.1', 'windows', '2023-01-10'), // MS
];

/** Windows 10 general-availability releases: [release, Home/Pro end, Enterprise/Education end] (MS). */
export const windows10Releases: [string, string, string][] = [
  ['1507', '2017-05-09', '2017-05-09'],
  ['1511', '2017-10-10', '2018-04-10'],
  ['1607', '2018-04-10', '2019-04-09'],
  ['1703', '2018-10-09', '2019-10-08'],
  ['1709', '2019-04-09', '2020-10-13'],
  ['1803', '2019-11-12', '2021-05-11'],
  ['1809', '2020-11-10', '2021-05-11'],
  ['1903', '2020-12-08', '2020-12-08'],
  ['1909', '2021-05-11', '2022-05-10'],
  ['2004', '2021-12-14', '2021-12-14'],
  ['20H2', '2022-05-10', '2023-05-09'],
  ['21H1', '2022-12-13', '2022-12-13'],
  ['21H2', '2023-06-13', '2024-06-11'],
  ['22H2', '2025-10-14', '2025-10-14'],
];
/**
 * Windows 10 22H2 Extended Security Updates: Home gets the consumer year only (to 13 Oct 2026);
 * Pro, Enterprise and Education in an organisation can buy commercial ESU for up to three years
 * (year 3 to 10 Oct 2028, the October 2028 Patch Tuesday). ESU does not apply to LTSB/LTSC.
 */
export const WINDOWS_10_ESU_END = '2028-10-10';
export const WINDOWS_10_CONSUMER_ESU_END = '2026-10-13';

/** Windows 11 releases: [release, Home/Pro end, Enterprise/Education end] (MS). */
export const windows11Releases: [string, string, string][] = [
  ['21H2', '2023-10-10', '2024-10-08'],
  ['22H2', '2024-10-08', '2025-10-14'],
  ['23H2', '2025-11-11', '2026-11-10'],
  ['24H2', '2026-10-13', '2027-10-12'],
  ['25H2', '2027-10-12', '2028-10-10'],
];

/** Long-term servicing editions, supported far longer than the release they are built on (MS). */
export const windowsLtsc: OsProduct[] = [
  p('win-10-ltsb-2015', 'Windows 10 Enterprise LTSB 2015', 'windows', '2025-10-14'),
  p('win-10-ltsb-2016', 'Windows 10 Enterprise LTSB 2016', 'windows', '2026-10-13'),
  p('win-10-ltsc-2019', 'Windows 10 Enterprise LTSC 2019', 'windows', '2029-01-09'),
  p('win-10-ltsc-2021', 'Windows 10 Enterprise LTSC 2021', 'windows', '2027-01-12'),
  p('win-10-iot-ltsc-2021', 'Windows 10 IoT Enterprise LTSC 2021', 'windows', '2032-01-13'),
  p('win-11-ltsc-2024', 'Windows 11 Enterprise LTSC 2024', 'windows', '2029-10-09'),
  p('win-11-iot-ltsc-2024', 'Windows 11 IoT Enterprise LTSC 2024', 'windows', '2034-10-10'),
];

export const windowsEmbedded: OsProduct[] = [
  p('win-xp-embedded', 'Windows XP Embedded', 'windows-embedded', '2016-01-12'), // MS
  p('win-embedded-standard-2009', 'Windows Embedded Standard 2009', 'windows-embedded', '2019-01-08'), // MS
  p('win-wepos', 'Windows Embedded for Point of Service (WEPOS)', 'windows-embedded', '2016-04-12'), // MS "Windows Embedded for Point of Service": SP3 to 12 Apr 2016
  p('win-posready-2009', 'Windows Embedded POSReady 2009', 'windows-embedded', '2019-04-09'), // MS
  p('win-embedded-standard-7', 'Windows Embedded Standard 7', 'windows-embedded', '2020-10-13', '2023-10-10'), // MS, ESU
  p('win-posready-7', 'Windows Embedded POSReady 7', 'windows-embedded', '2021-10-12', '2024-10-08'), // MS, ESU
  p('win-embedded-8.1-industry', 'Windows Embedded 8.1 Industry', 'windows-embedded', '2023-07-11'), // MS
  p('win-ce-5', 'Windows CE 5.0', 'windows-embedded', '2014-10-14'), // MS "Windows CE 5.0": mainstream to 2009-10-13, extended to 2014-10-14
  p('win-ce-6', 'Windows Embedded CE 6.0', 'windows-embedded', '2018-04-10'), // MS
  p('win-compact-7', 'Windows Embedded Compact 7', 'windows-embedded', '2021-04-13'), // MS
  p('win-compact-2013', 'Windows Embedded Compact 2013', 'windows-embedded', '2023-10-10'), // MS
];

export const windowsServer: OsProduct[] = [
  p('server-2003', 'Windows Server 2003', 'windows-server', '2015-07-14'), // MS "Windows Server 2003": extended to 2015-07-14
  p('server-2003-r2', 'Windows Server 2003 R2', 'windows-server', '2015-07-14'), // MS "Windows Server 2003 R2": extended to 2015-07-14
  p('server-2008', 'Windows Server 2008', 'windows-server', '2020-01-14', '2023-01-10'), // MS, ESU
  p('server-2008-r2', 'Windows Server 2008 R2', 'windows-server', '2020-01-14', '2023-01-10'), // MS, ESU
  p('server-2012', 'Windows Server 2012', 'windows-server', '2023-10-10', '2026-10-13'), // MS, ESU
  p('server-2012-r2', 'Windows Server 2012 R2', 'windows-server', '2023-10-10', '2026-10-13'), // MS, ESU
  p('server-2016', 'Windows Server 2016', 'windows-server', '2027-01-12'), // MS
  p('server-2019', 'Windows Server 2019', 'windows-server', '2029-01-09'), // MS
  p('server-2022', 'Windows Server 2022', 'windows-server', '2031-10-14'), // MS
  p('server-2025', 'Windows Server 2025', 'windows-server', '2034-11-14'), // MS
];

/** Ubuntu LTS: standard support end and ESM end (UB; month ends where Canonical gives only a month). */
export const ubuntuLts: Record<string, [string, string]> = {
  '14.04': ['2019-04-30', '2024-04-30'],
  '16.04': ['2021-04-30', '2026-04-30'],
  '18.04': ['2023-05-31', '2028-04-30'],
  '20.04': ['2025-05-31', '2030-04-30'],
  '22.04': ['2027-06-30', '2032-04-30'],
  '24.04': ['2029-05-31', '2034-04-30'],
  // Not confirmed on ubuntu.com in this review: a cloud vendor's copy of Canonical's table gives standard to 2031-06, ESM to 2036-04.
  '26.04': ['2031-06-30', '2036-04-30'],
};

/** RHEL (and CentOS Linux, which followed it until CentOS 8 ended early): maintenance end and ELS end (RH). */
export const rhel: Record<string, [string, string | undefined]> = {
  '5': ['2017-03-31', '2020-11-30'],
  '6': ['2020-11-30', '2024-06-30'],
  '7': ['2024-06-30', '2028-06-30'],
  '8': ['2029-05-31', '2032-05-31'],
  '9': ['2032-05-31', '2035-05-31'],
};
export const CENTOS_8_END = '2021-12-31';

/** Debian: end of LTS (DEB). */
export const debian: Record<string, string> = {
  '7': '2018-05-31',
  '8': '2020-06-30',
  '9': '2022-06-30',
  '10': '2024-06-30',
  '11': '2026-08-31',
  '12': '2028-06-30',
  '13': '2030-06-30', // announced three years regular + two years LTS; projected, not yet a published LTS end
};

/** macOS: counted unsupported from the release that took it out of Apple's latest three (APPLE). */
export const macos: Record<string, [string, string]> = {
  '10.12': ['macOS Sierra', '2019-10-07'],
  '10.13': ['macOS High Sierra', '2020-11-12'],
  '10.14': ['macOS Mojave', '2021-10-25'],
  '10.15': ['macOS Catalina', '2022-10-24'],
  '11': ['macOS Big Sur', '2023-09-26'],
  '12': ['macOS Monterey', '2024-09-16'],
  '13': ['macOS Ventura', '2025-09-15'],
  // Expected from Apple's yearly pattern (a new release each September), not published dates:
  '14': ['macOS Sonoma', '2026-09-30'],
  '15': ['macOS Sequoia', '2027-09-30'],
  '26': ['macOS Tahoe', '2028-09-30'],
};
