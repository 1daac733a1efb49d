import { describe, expect, it } from 'vitest';
import { osFamilyOf } from '../../../../shared/import/osFamily';

describe('OS family from the names people and tools write', () => {
  it.each([
    ['Win 10 Pro', 'windows'],
    ['W10', 'windows'],
    ['Win11', 'windows'],
    ['Server 2012 R2', 'windows'],
    ['Win 2012 R2', 'windows'],
    ['Microsoft Windows 10 Professionnel', 'windows'],
    ['Windows XP Embedded', 'windows'],
    ['POSReady 2009', 'windows'],
    ['Windows Embedded POSReady 7', 'windows'],
    ['RHEL 8.6', 'linux'],
    ['Ubuntu 22.04.3 LTS', 'linux'],
    ['CentOS Linux 7 (Core)', 'linux'],
    ['Android 13', 'linux'],
    ['macOS 14.2', 'macos'],
    ['OS X 10.11', 'macos'],
    ['Apple Mac OS X 10.5', 'macos'],
    ['iOS/iPadOS', 'macos'],
    ['VxWorks 6.9', 'embedded'],
    ['QNX Neutrino 6.5', 'embedded'],
    ['Cisco IOS 15.2', 'embedded'],
    ['Cisco IOS-XE', 'embedded'],
    ['FortiOS 7.2', 'embedded'],
    ['Embedded OS 4.2', 'embedded'],
    ['FreeBSD 13', 'other'],
    ['', 'unknown'],
  ])('%s: %s', (name, family) => {
    expect(osFamilyOf(name)).toBe(family);
  });
});
