/**
 * Scan commands per recorded network, each with its reason, for the scanning section.
 * A zone with medical or imaging devices, or any device that must not be scanned, gets
 * passive capture first (Zeek on a SPAN port, then the conn.log imported as observed
 * flows) and at most a slow ARP discovery of its own segment, never OS or version
 * probes or scripts (`-O`, `-sV`, `-A`, NSE), which are what knock fragile stacks over.
 * Office and server zones get a fuller scan, only in the agreed window. Guest and patient
 * zones are not the clinic's devices: nothing is scanned there; an isolation check from
 * a laptop on that network shows whether it reaches the clinic's zones. Every device
 * that must not be scanned goes into an exclude file. Only addresses and prefixes that
 * parse go into a command, so nothing typed in a record can inject into a shell.
 */
import type { Asset } from '../model/asset';
import { formatCidr, parseCidr, parseIpv4 } from '../model/cidr';
import type { Network } from '../model/network';
import type { WithId } from '../model/withId';

export type ScanApproach = 'passive' | 'full' | 'isolation-check' | 'none';

export interface ScanCommand {
  command: string;
  reason: string;
}

export interface ZoneScanPlan {
  networkId: string;
  name: string;
  approach: ScanApproach;
  /** Why this zone gets this approach, in a sentence. */
  why: string;
  commands: ScanCommand[];
  /** Addresses in this zone's exclude file. */
  excluded: string[];
}

export interface ScanWindow {
  /** The scanning checklist's answers: window agreed, the window, devices not to scan. */
  agreed: boolean | null;
  window: string;
  excludedAssetIds: readonly string[];
}

const IMAGING =
  /imaging|x-?ray|radiograph|\bct\b|\bmri\b|ultrasound|sonograph|mammo|fluoro|modality|\bcbct\b|dental pan|cephal/i;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'zone';

/** The first IPv4 address a record holds ("10.0.0.5", "10.0.0.5/24"), or ''. */
const ipv4Of = (text: string) => {
  const first = text.trim().split(/[\s,;/]+/)[0] ?? '';
  return parseIpv4(first) === null ? '' : first;
};

/** Must not be actively probed: marked so, listed in the checklist, or a medical device nobody has cleared. */
export function mustNotScan(asset: WithId<Asset>, window: ScanWindow): boolean {
  return (
    asset.data.safeToScan === false ||
    window.excludedAssetIds.includes(asset.id) ||
    (asset.data.kind === 'medical-device' && asset.data.safeToScan !== true)
  );
}

const isFragile = (a: Asset) =>
  a.kind === 'medical-device' || a.safeToScan === false || IMAGING.test(`${a.deviceType} ${a.name} ${a.model}`);

function excludeCommand(file: string, addresses: string[]): ScanCommand {
  return {
    command: `printf '%s\\n' ${addresses.join(' ')} > ${file}`,
    reason: `Writes the exclude file: ${addresses.length === 1 ? 'this device is' : `these ${addresses.length} devices are`} never probed.`,
  };
}

function passiveCommands(file: string, subnet: string): ScanCommand[] {
  return [
    {
      command: `sudo zeek -C -i eth1 LogAscii::use_json=T Log::default_rotation_interval=1day`,
      reason:
        'Passive first: Zeek on the laptop port the switch mirrors this zone to (SPAN; eth1 here) sends nothing to the devices and writes conn.log, who talks to whom. Run it for at least one full clinic day, ideally 24–72 hours with a night (backups, vendor sessions); note the switch port, VLANs mirrored, start and end. Import conn.log under Inventory → Import Zeek conn.log.',
    },
    {
      command: `sudo tcpdump -i eth1 -n -s 96 -G 3600 -W 72 -w ${file}-%Y%m%d-%H%M.pcap net ${subnet}`,
      reason:
        'Or capture headers only (96 bytes a packet: addresses and ports, no images or HL7 messages with patient data) in hourly files for three days, and run `zeek -C -r` on them later.',
    },
  ];
}

function discoveryCommand(subnet: string, file: string, exclude: string, window: ScanWindow): ScanCommand {
  return {
    command: `sudo nmap -sn -PR -n --max-rate 10 --scan-delay 200ms${exclude ? ` --excludefile ${exclude}` : ''} -oX ${file}-discovery.xml ${subnet}`,
    reason: `At most a light discovery, from a laptop on this segment: an ARP ping (who is present, with MAC vendors), at most 10 packets a second, no port, OS or version probes and no scripts. ${windowWords(window)}`,
  };
}

const windowWords = (window: ScanWindow) =>
  window.agreed === true && window.window.trim()
    ? `Only in the agreed window (${window.window.trim().slice(0, 80)}).`
    : 'Only once a scanning window is agreed (see the questions above).';

export function scanGuidance(
  networks: readonly WithId<Network>[],
  assets: readonly WithId<Asset>[],
  window: ScanWindow,
): ZoneScanPlan[] {
  const clinicSubnets = networks
    .filter((n) => n.data.purpose !== 'guest' && n.data.purpose !== 'patient')
    .flatMap((n) => {
      const range = parseCidr(n.data.subnet);
      return range ? [formatCidr(range)] : [];
    });
  return networks.map((network) => {
    const { name, purpose } = network.data;
    const range = parseCidr(network.data.subnet);
    const base = { networkId: network.id, name: name || network.data.subnet || 'Unnamed network' };
    if (!range)
      return {
        ...base,
        approach: 'none',
        why: 'No subnet is recorded for this network (as 10.20.30.0/24), so no command can name it.',
        commands: [],
        excluded: [],
      };
    const subnet = formatCidr(range);
    const file = slug(base.name);
    const members = assets.filter((a) => a.data.networkId === network.id);
    const excluded = [...new Set(members.filter((a) => mustNotScan(a, window)).map((a) => ipv4Of(a.data.ipAddress)))]
      .filter(Boolean)
      .sort();
    const excludeFile = excluded.length ? `${file}-exclude.txt` : '';
    const writeExclude = excluded.length ? [excludeCommand(excludeFile, excluded)] : [];
    if (purpose === 'guest' || purpose === 'patient') {
      const targets = clinicSubnets.filter((s) => s !== subnet);
      return {
        ...base,
        approach: targets.length ? 'isolation-check' : 'none',
        why: "Guests' and patients' devices are not the clinic's to scan: nothing here is scanned.",
        commands: targets.length
          ? [
              {
                command: `nmap -sn -n --max-rate 5 ${targets.join(' ')}`,
                reason: `From a laptop joined to this network: a slow ping of the clinic's zones. Any host that answers is a hole in the isolation. ${windowWords(window)}`,
              },
            ]
          : [],
        excluded: [],
      };
    }
    const fragile = members.filter((a) => isFragile(a.data));
    if (fragile.length || purpose === 'clinical') {
      const what = fragile.length
        ? `${fragile.length === 1 ? 'A device' : `${fragile.length} devices`} here (medical, imaging or not safe to scan) can crash under OS or version probes`
        : 'A clinical zone may hold devices not yet recorded that crash under OS or version probes';
      return {
        ...base,
        approach: 'passive',
        why: `${what}: passive capture first, at most a slow discovery, never -O, -sV, -A or scripts.`,
        commands: [
          ...passiveCommands(file, subnet),
          ...writeExclude,
          discoveryCommand(subnet, file, excludeFile, window),
        ],
        excluded,
      };
    }
    const agreed = window.agreed === true;
    return {
      ...base,
      approach: 'full',
      why: agreed
        ? 'Office and server machines stand a normal scan: ports, services and OS, in the agreed window.'
        : 'Office and server machines stand a normal scan, but only in an agreed window: agree one first.',
      commands: agreed
        ? [
            ...writeExclude,
            {
              command: `sudo nmap -sS -sV -O --top-ports 1000 -T3 --max-retries 2 -n${excludeFile ? ` --excludefile ${excludeFile}` : ''} -oX ${file}.xml ${subnet}`,
              reason: `A SYN scan of the 1,000 usual ports with service versions and OS guesses (what end of support is judged on), at normal speed; import ${file}.xml under Inventory. ${windowWords(window)}`,
            },
          ]
        : [],
      excluded,
    };
  });
}
