/**
 * The inventory an import proposes, before the assessor reviews it: a device per host or
 * row, and a network per IPv4 /24. Read from nmap (nmapToInventory.ts) and CSV
 * (csvInventory.ts), checked (proposalCheck.ts) and matched (matchImported.ts) alike.
 */
import type { Asset } from '../model/asset';
import type { OsSupportStatus } from '../reference/osLifecycle';

export interface KindSuggestion {
  kind: Asset['kind'];
  reason: string;
}

export interface ProposedAsset {
  name: string;
  hostname: string;
  ipAddress: string;
  macAddress: string;
  vendor: string;
  osFamily: Asset['osFamily'];
  /** nmap's best OS match, when it gave one. */
  osGuess?: { name: string; accuracy: number; support: OsSupportStatus };
  kind: KindSuggestion;
  /** Remote-access services listening, such as "RDP on 3389/tcp". */
  remoteAccess: string[];
  openPorts: string[];
  /** The IPv4 /24 the host is in, "" without IPv4. */
  subnet: string;
  /** What reading the file changed or decided for this device, for the review ("CIDR 10.0.0.2/24 read as …"). */
  notes?: string[];
  /** What an inventory list knows and a scan does not. */
  extra?: { model: string; serial: string; location: string };
}

export interface ProposedNetwork {
  subnet: string;
  hosts: number;
}
