/**
 * The network services the rules ask about, and the ports they use by default. A flow
 * names its services by these ids ("dicom", "rdp"), by port ("tcp/104"), or "any".
 * HL7 v2 has no standard port (MLLP runs wherever the interface engine listens), so it
 * is matched only when named.
 */
export type ServiceKind = 'remote-control' | 'file-sharing' | 'clinical' | 'web';

export interface ServiceDef {
  id: string;
  label: string;
  ports: readonly string[];
  kind: ServiceKind;
  /** Sent in the clear by default. */
  cleartext: boolean;
}

export const services: readonly ServiceDef[] = [
  { id: 'rdp', label: 'RDP', ports: ['tcp/3389'], kind: 'remote-control', cleartext: false },
  { id: 'vnc', label: 'VNC', ports: ['tcp/5900', 'tcp/5901', 'tcp/5902'], kind: 'remote-control', cleartext: true },
  { id: 'ssh', label: 'SSH', ports: ['tcp/22'], kind: 'remote-control', cleartext: false },
  { id: 'telnet', label: 'Telnet', ports: ['tcp/23'], kind: 'remote-control', cleartext: true },
  { id: 'teamviewer', label: 'TeamViewer', ports: ['tcp/5938'], kind: 'remote-control', cleartext: false },
  /** A remote-control tool's own channel (brokered through its vendor's cloud). */
  { id: 'remote-control', label: 'remote control', ports: [], kind: 'remote-control', cleartext: false },
  { id: 'smb', label: 'SMB file sharing', ports: ['tcp/445', 'tcp/139'], kind: 'file-sharing', cleartext: false },
  { id: 'dicom', label: 'DICOM', ports: ['tcp/104', 'tcp/11112', 'tcp/4242'], kind: 'clinical', cleartext: true },
  { id: 'dicom-tls', label: 'DICOM over TLS', ports: ['tcp/2762'], kind: 'clinical', cleartext: false },
  { id: 'hl7', label: 'HL7', ports: [], kind: 'clinical', cleartext: true },
  { id: 'http', label: 'HTTP', ports: ['tcp/80', 'tcp/8080'], kind: 'web', cleartext: true },
  { id: 'https', label: 'HTTPS', ports: ['tcp/443'], kind: 'web', cleartext: false },
];

const byId = new Map(services.map((s) => [s.id, s] as const));
const byPort = new Map(services.flatMap((s) => s.ports.map((p) => [p, s] as const)));

export const ANY_SERVICE = 'any';

/** "DICOM" → "dicom", "104" → "tcp/104", "TCP 3389" → "tcp/3389", "Any" → "any". */
export function normaliseService(token: string): string {
  const t = token.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,5}$/.test(t)) return `tcp/${t}`;
  const protocolFirst = /^(tcp|udp)[ /:](\d{1,5})$/.exec(t);
  if (protocolFirst) return `${protocolFirst[1]}/${protocolFirst[2]}`;
  const portFirst = /^(\d{1,5})\/(tcp|udp)$/.exec(t);
  if (portFirst) return `${portFirst[2]}/${portFirst[1]}`;
  return t;
}

export function serviceDef(id: string): ServiceDef | undefined {
  return byId.get(id) ?? byPort.get(id);
}

/** Whether a flow's services let a query through: "any", the service by name, or one of its ports. */
export function permits(tokens: readonly string[], query: string): boolean {
  if (tokens.includes(ANY_SERVICE) || query === ANY_SERVICE) return true;
  if (tokens.includes(query)) return true;
  const def = byId.get(query);
  if (def) return def.ports.some((p) => tokens.includes(p));
  // A port query matches a named service that uses it.
  const named = byPort.get(query);
  return named !== undefined && tokens.includes(named.id);
}

/** Permits any service of a kind (any remote-control service, say). */
export function permitsKind(tokens: readonly string[], kind: ServiceKind): boolean {
  return services.some((s) => s.kind === kind && permits(tokens, s.id));
}

/** The services of a list that every other list also lets through; ["any"] when all are open. */
export function commonServices(lists: readonly (readonly string[])[]): string[] {
  const restricting = lists.filter((l) => !l.includes(ANY_SERVICE));
  const [first, ...rest] = restricting;
  if (!first) return [ANY_SERVICE];
  return first.filter((token) => rest.every((l) => permits(l, token)));
}

/** "DICOM (tcp/104)", "tcp/8443", "any service". */
export function serviceLabel(token: string): string {
  if (token === ANY_SERVICE) return 'any service';
  const def = byId.get(token);
  if (def) return def.label;
  const named = byPort.get(token);
  return named ? `${token} (${named.label})` : token;
}
