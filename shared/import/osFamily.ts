/**
 * The OS family of an operating system as inventories and scanners write it, including
 * the short forms people type: "Win 10 Pro", "W10", "Win11", "Server 2012 R2", "RHEL 8",
 * "OS X 10.11", "POSReady 7", "VxWorks 6.9". Network firmware (Cisco IOS, JunOS,
 * FortiOS) and real-time systems are embedded; Apple's phone and tablet systems count
 * with Apple's, Android with Linux.
 */
import type { Asset } from '../model/asset';

const families: [Asset['osFamily'], RegExp][] = [
  // Network and device firmware first: "Cisco IOS" is not Apple's iOS, "Embedded Linux" is a device.
  [
    'embedded',
    /\b(vxworks|qnx|threadx|rtos|freertos|nucleus|integrity|cisco ios|ios[- ]xe|ios[- ]xr|nx-os|junos|fortios|pan-os|routeros|airos|embedded linux|firmware)\b/i,
  ],
  [
    'windows',
    /\bwindows\b|\bwin ?(xp|vista|nt|7|8(\.1)?|10|11|2k|2000|2003|2008|2012|2016|2019|2022|2025)\b|\bwin(dows)? ?server\b|\bw(7|8|10|11)\b|\bserver 20(03|08|12|16|19|22|25)\b|\bpos ?ready\b|\bwepos\b|\bwes ?(7|8)\b|\bxpe\b|\bwin\b/i,
  ],
  ['macos', /\bmac ?os\b|\bos ?x\b|\bmacos\b|\bdarwin\b|\bi(pad)?os\b|\biphone\b|\bipad\b/i],
  [
    'linux',
    /\blinux\b|\bubuntu\b|\bdebian\b|\brhel\b|\bred ?hat\b|\bcentos\b|\bsuse\b|\bsles\b|\bfedora\b|\brocky\b|\balma ?linux\b|\bandroid\b|\bchrome ?os\b|\braspbian\b|\bmint\b/i,
  ],
  // "Embedded" alone (a vendor's "Embedded OS 4.2") is a device; Windows Embedded matched above.
  ['embedded', /\bembedded\b/i],
];

/** The family an OS name belongs to: "unknown" when there is no name, "other" when it names none of these. */
export function osFamilyOf(os: string): Asset['osFamily'] {
  const name = os.trim();
  if (!name) return 'unknown';
  return families.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
}
