import { describe, expect, it } from 'vitest';
import { osSupport, resolveOs, supportStatus } from '../../../../shared/reference/osLifecycle';

/** Real-world spellings, as machines, scanners and people report them, and the product each names. */
const spellings: [string, string][] = [
  ['Windows XP Professional', 'win-xp'],
  ['Microsoft Windows XP Professional Service Pack 3', 'win-xp'],
  ['WinXP SP3', 'win-xp'],
  ['Microsoft Windows XP Home Edition', 'win-xp'],
  ['Windows 5.1', 'win-xp'],
  ['Windows XP Embedded', 'win-xp-embedded'],
  ['Microsoft Windows XP Embedded SP3', 'win-xp-embedded'],
  ['Windows Embedded POSReady 2009', 'win-posready-2009'],
  ['WEPOS', 'win-wepos'],
  ['Windows Embedded for Point of Service SP3', 'win-wepos'],
  ['Windows Embedded Standard 2009', 'win-embedded-standard-2009'],
  ['Windows Vista Business SP2', 'win-vista'],
  ['Windows 7 Professional SP1', 'win-7'],
  ['Microsoft Windows 7 Enterprise 6.1.7601 Service Pack 1 Build 7601', 'win-7'],
  ['Win7', 'win-7'],
  ['Windows 7 Ultimate', 'win-7'],
  ['Microsoft Windows 7|2008|8.1', 'win-7'],
  ['Windows 6.1', 'win-7'],
  ['Microsoft Windows Embedded Standard', 'win-embedded-standard-7'],
  ['Windows Embedded Standard 7 SP1', 'win-embedded-standard-7'],
  ['Windows 7 Embedded', 'win-embedded-standard-7'],
  ['WES7', 'win-embedded-standard-7'],
  ['Windows Embedded POSReady 7', 'win-posready-7'],
  ['Windows 8 Pro', 'win-8'],
  ['Windows 8.1 Pro', 'win-8.1'],
  ['Microsoft Windows 8.1 Enterprise', 'win-8.1'],
  ['Windows Embedded 8.1 Industry Pro', 'win-embedded-8.1-industry'],
  ['Windows CE 5.0', 'win-ce-5'],
  ['Windows CE 6.0 R3', 'win-ce-6'],
  ['Windows Embedded CE 6.0', 'win-ce-6'],
  ['Windows Embedded Compact 7', 'win-compact-7'],
  ['Windows Embedded Compact 2013', 'win-compact-2013'],
  ['Windows 10 22H2', 'windows-10-22h2-pro'],
  ['Windows 10 Pro 10.0.19045', 'windows-10-22h2-pro'],
  ['Microsoft Windows 10 Pro 10.0.19044 Build 19044', 'windows-10-21h2-pro'],
  ['Windows 10 Enterprise 21H2', 'windows-10-21h2-ent'],
  ['Windows 10 Education 1909', 'windows-10-1909-ent'],
  ['Windows 10 Home 1803', 'windows-10-1803-pro'],
  ['Windows 10 Pro version 1607', 'windows-10-1607-pro'],
  ['Win10 20H2', 'windows-10-20h2-pro'],
  ['Windows 10 Pro', 'windows-10-unknown-release'],
  ['Windows 10 Enterprise LTSC 2019', 'win-10-ltsc-2019'],
  ['Windows 10 Enterprise LTSB 2016', 'win-10-ltsb-2016'],
  ['Windows 10 Enterprise 2016 LTSB 10.0.14393', 'win-10-ltsb-2016'],
  ['Windows 10 Enterprise LTSB 2015', 'win-10-ltsb-2015'],
  ['Windows 10 Enterprise LTSC 2021', 'win-10-ltsc-2021'],
  ['Windows 10 IoT Enterprise LTSC 2021', 'win-10-iot-ltsc-2021'],
  ['Windows 10 Enterprise LTSC 10.0.17763', 'win-10-ltsc-2019'],
  ['Windows 11 Pro 23H2', 'windows-11-23h2-pro'],
  ['Windows 11 Enterprise 22H2', 'windows-11-22h2-ent'],
  ['Microsoft Windows 11 Pro 10.0.22631', 'windows-11-23h2-pro'],
  ['Windows 11 Home 24H2', 'windows-11-24h2-pro'],
  ['Windows 11 IoT Enterprise LTSC 2024', 'win-11-iot-ltsc-2024'],
  ['Windows 11 Enterprise LTSC 2024', 'win-11-ltsc-2024'],
  ['Windows Server 2003 R2 Standard', 'server-2003-r2'],
  ['Microsoft Windows Server 2003 SP2', 'server-2003'],
  ['Windows Server 2008 Standard SP2', 'server-2008'],
  ['Windows Server 2008 R2 Standard 7601 Service Pack 1', 'server-2008-r2'],
  ['Microsoft Windows Server 2008 R2 Enterprise', 'server-2008-r2'],
  ['Windows Server 2012 Standard', 'server-2012'],
  ['Windows Server 2012 R2 Datacenter', 'server-2012-r2'],
  ['Windows Server 2016 Standard 10.0.14393', 'server-2016'],
  ['Windows Server 2019 Datacenter', 'server-2019'],
  ['Windows Server Standard 10.0.17763', 'server-2019'],
  ['Windows Server 2022 Standard', 'server-2022'],
  ['Windows Server 2025 Datacenter', 'server-2025'],
  ['Ubuntu 18.04.6 LTS', 'ubuntu-18.04'],
  ['Ubuntu 22.04 LTS', 'ubuntu-22.04'],
  ['Ubuntu 16.04.7 LTS', 'ubuntu-16.04'],
  ['Ubuntu 19.10', 'ubuntu-19.10'],
  ['CentOS Linux 7 (Core)', 'centos-7'],
  ['CentOS release 6.10 (Final)', 'centos-6'],
  ['CentOS Linux release 8.5.2111', 'centos-8'],
  ['Red Hat Enterprise Linux Server release 6.10 (Santiago)', 'rhel-6'],
  ['Red Hat Enterprise Linux 8.9', 'rhel-8'],
  ['RHEL 9.3', 'rhel-9'],
  ['Debian GNU/Linux 10 (buster)', 'debian-10'],
  ['Debian 12', 'debian-12'],
  ['macOS 12.6', 'macos-12'],
  ['Mac OS X 10.13.6', 'macos-10.13'],
  ['macOS Sonoma 14.5', 'macos-14'],
  ['OS X 10.11.6', 'macos-10.11'],
  ['Microsoft Windows 10 Enterprise 2016 LTSB', 'win-10-ltsb-2016'],
  ['Microsoft Windows 10 Enterprise 2015 LTSB', 'win-10-ltsb-2015'],
  ['Windows 10 IoT Enterprise 2019 LTSC', 'win-10-ltsc-2019'],
  ['Microsoft Windows 10 Enterprise LTSC', 'win-10-ltsc-unknown-release'],
  ['Windows 10 Home 22H2', 'windows-10-22h2-pro'],
  ['Windows NT 6.1', 'win-7'],
  ['Windows NT 5.1', 'win-xp'],
  ['Microsoft Windows 2000 Professional', 'win-2000'],
  ['Windows 2000 Server SP4', 'win-2000'],
  ['Windows NT 4.0', 'win-nt4'],
  ['Windows 98 SE', 'win-98'],
  ['Win2k8R2', 'server-2008-r2'],
  ['Win2012R2', 'server-2012-r2'],
  ['Win2k3', 'server-2003'],
  ['Debian GNU/Linux 13 (trixie)', 'debian-13'],
  ['Ubuntu 26.04 LTS', 'ubuntu-26.04'],
];

describe('OS resolver', () => {
  it.each(spellings)('%s -> %s', (text, id) => {
    expect(resolveOs(text)?.id).toBe(id);
  });

  it('covers at least 60 spellings', () => {
    expect(spellings.length).toBeGreaterThanOrEqual(60);
  });

  it.each(['', 'Linux 3.X', 'VxWorks 6.9', 'unknown', 'QNX Neutrino', 'Printer firmware 2.1'])(
    'does not guess at %j',
    (text) => {
      expect(resolveOs(text)).toBeNull();
      expect(osSupport(text, '2026-11-28').status).toBe('unknown');
    },
  );
});

describe('support status on a date', () => {
  it('Windows 7: supported to 14 Jan 2020, paid ESU to 10 Jan 2023, then unsupported', () => {
    expect(osSupport('Windows 7 Professional SP1', '2020-01-14')).toMatchObject({
      status: 'supported',
      until: '2020-01-14',
    });
    expect(osSupport('Windows 7 Professional SP1', '2020-01-15')).toMatchObject({
      status: 'extended-only',
      since: '2020-01-14',
      until: '2023-01-10',
    });
    expect(osSupport('Windows 7 Professional SP1', '2023-01-11')).toMatchObject({
      status: 'unsupported',
      since: '2020-01-14',
      label: 'Unsupported since 14 Jan 2020',
    });
  });

  it('Windows XP is unsupported since 8 Apr 2014', () => {
    expect(osSupport('Windows XP Professional SP3', '2026-11-28')).toMatchObject({
      status: 'unsupported',
      label: 'Unsupported since 8 Apr 2014',
    });
  });

  it('tells LTSC apart from the release it is built on', () => {
    expect(osSupport('Windows 10 Enterprise LTSC 2019', '2026-11-28').status).toBe('supported');
    expect(osSupport('Windows 10 Enterprise 1809', '2026-11-28').status).toBe('unsupported');
  });

  it('gives Enterprise and Education editions their longer servicing', () => {
    expect(osSupport('Windows 11 Pro 23H2', '2026-01-01').status).toBe('unsupported');
    expect(osSupport('Windows 11 Enterprise 23H2', '2026-01-01').status).toBe('supported');
  });

  it('Windows 10 without a release: unknown (ask for it) while any release could still get updates, then past support for all', () => {
    expect(osSupport('Windows 10 Pro', '2024-01-01').status).toBe('unknown');
    expect(osSupport('Windows 10 Pro', '2026-11-28')).toMatchObject({
      status: 'unknown',
      label: expect.stringContaining('record the release'),
    });
    expect(osSupport('Windows 10 Pro', '2028-10-11').status).toBe('unsupported');
  });

  it('Windows CE 5.0 ran to the end of its extended support, 14 Oct 2014', () => {
    expect(osSupport('Windows CE 5.0', '2014-10-14').status).toBe('supported');
    expect(osSupport('Windows CE 5.0', '2014-10-15')).toMatchObject({
      status: 'unsupported',
      label: 'Unsupported since 14 Oct 2014',
    });
  });

  it('WEPOS ended before POSReady 2009', () => {
    expect(osSupport('WEPOS', '2017-01-01')).toMatchObject({ status: 'unsupported', since: '2016-04-12' });
    expect(osSupport('Windows Embedded POSReady 2009', '2017-01-01').status).toBe('supported');
  });

  it('Windows 10 22H2: Home has the consumer ESU year only, Pro the commercial three', () => {
    expect(osSupport('Windows 10 Home 22H2', '2025-10-14').status).toBe('supported');
    expect(osSupport('Windows 10 Home 22H2', '2026-10-13')).toMatchObject({
      status: 'extended-only',
      until: '2026-10-13',
    });
    expect(osSupport('Windows 10 Home 22H2', '2026-10-14').status).toBe('unsupported');
    expect(osSupport('Windows 10 Pro 22H2', '2026-10-14')).toMatchObject({
      status: 'extended-only',
      until: '2028-10-10',
    });
  });

  it('LTSB/LTSC named year-first (as WMI reports it) keep their own dates, and never fall into ESU', () => {
    expect(osSupport('Microsoft Windows 10 Enterprise 2016 LTSB', '2026-10-13').status).toBe('supported');
    expect(osSupport('Microsoft Windows 10 Enterprise 2016 LTSB', '2026-10-14')).toMatchObject({
      status: 'unsupported',
      since: '2026-10-13',
    });
    expect(osSupport('Microsoft Windows 10 Enterprise LTSC', '2026-11-28').status).toBe('unknown');
    expect(osSupport('Microsoft Windows 10 Enterprise LTSC', '2029-01-10').status).toBe('unsupported');
  });

  it('Windows 2000 and earlier are unsupported, not unknown', () => {
    expect(osSupport('Windows 2000 Server SP4', '2026-11-28')).toMatchObject({
      status: 'unsupported',
      label: 'Unsupported since 13 Jul 2010',
    });
    expect(osSupport('Windows 98 SE', '2026-11-28').status).toBe('unsupported');
  });

  it('Ubuntu 26.04 is an LTS, not a nine-month interim release', () => {
    expect(osSupport('Ubuntu 26.04 LTS', '2027-06-01').status).toBe('supported');
  });

  it('Server 2012 R2 is on paid ESU until 13 Oct 2026', () => {
    expect(osSupport('Windows Server 2012 R2', '2026-10-13').status).toBe('extended-only');
    expect(osSupport('Windows Server 2012 R2', '2026-10-14').status).toBe('unsupported');
  });

  it('Linux standard support, then ESM/ELS', () => {
    expect(osSupport('Ubuntu 20.04 LTS', '2026-11-28')).toMatchObject({ status: 'extended-only', until: '2030-04-30' });
    expect(osSupport('CentOS Linux 7 (Core)', '2026-11-28').status).toBe('unsupported');
    expect(osSupport('Red Hat Enterprise Linux 7.9', '2026-11-28').status).toBe('extended-only');
  });

  it('the end date itself is still supported; the next day is not', () => {
    const product = resolveOs('Windows Server 2016');
    if (!product) throw new Error('unresolved');
    expect(supportStatus(product, '2027-01-12').status).toBe('supported');
    expect(supportStatus(product, '2027-01-13').status).toBe('unsupported');
  });
});

describe('where each date comes from', () => {
  it('says a Microsoft, Red Hat or Ubuntu date is published, with its source', () => {
    expect(resolveOs('Windows Server 2012 R2')).toMatchObject({
      dateBasis: 'published',
      source: expect.stringContaining('Microsoft Lifecycle Policy'),
    });
    expect(resolveOs('Ubuntu 20.04.6 LTS')).toMatchObject({
      dateBasis: 'published',
      end: '2025-05-31',
      paidEnd: '2030-04-30',
      source: expect.stringContaining('ESM'),
    });
    expect(resolveOs('Red Hat Enterprise Linux 8.10')).toMatchObject({
      dateBasis: 'published',
      source: expect.stringContaining('Red Hat'),
    });
  });

  it("says a macOS date is derived from Apple's policy, and a projected date says so", () => {
    expect(resolveOs('macOS Monterey 12.7')).toMatchObject({
      dateBasis: 'policy',
      source: expect.stringContaining('three latest macOS releases'),
    });
    expect(resolveOs('macOS 15.1')?.source).toContain('expected');
    expect(resolveOs('Ubuntu 23.10')).toMatchObject({
      dateBasis: 'policy',
      source: expect.stringContaining('interim'),
    });
  });
});
