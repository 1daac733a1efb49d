import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { emptyFlow, flowData, INTERNET_ZONE, type Flow } from '../../../../shared/model/flow';
import { matchObserved, newObservedFlow, observedPatch } from '../../../../shared/import/observedFlows';
import { parseZeekConnLog } from '../../../../shared/import/zeekConnLog';
import { endpointResolver, FlowSummariser, serviceOf, type ResolveContext } from '../../../../shared/import/zeekFlows';

const fixture = (name: string) => readFileSync(fixtureFile('zeek', name), 'utf8');

const ASSESSMENT = '00000000-0000-4000-8000-000000000001';
const OFFICE = '00000000-0000-4000-8000-0000000000a1';
const CLINICAL = '00000000-0000-4000-8000-0000000000a2';
const PACS = '00000000-0000-4000-8000-0000000000b1';
const ULTRASOUND = '00000000-0000-4000-8000-0000000000b2';
const context: ResolveContext = {
  networks: [
    { id: OFFICE, subnet: '10.20.10.0/24' },
    { id: CLINICAL, subnet: '10.20.30.0/24' },
    { id: '00000000-0000-4000-8000-0000000000a3', subnet: '10.0.0.0/8' },
  ],
  assets: [
    { id: PACS, ipAddress: '10.20.10.5', networkId: OFFICE },
    { id: ULTRASOUND, ipAddress: ' 10.20.30.15/24 ', networkId: CLINICAL },
  ],
};
const D3 = Date.UTC(2026, 10, 3, 8) / 1000;

function summarise(text: string, ctx = context) {
  const summariser = new FlowSummariser(ctx);
  for (const c of parseZeekConnLog(text).connections) summariser.add(c);
  return summariser.result();
}

describe('observed flows from a conn.log', () => {
  it('groups answered connections by ends and service, folds one zone, sets aside broadcasts, strangers and attempts', () => {
    const s = summarise(fixture('clinic-conn.log'));
    expect(s.flows.map((f) => [f.from, f.to, f.service, f.connections])).toEqual([
      [ULTRASOUND, PACS, 'dicom', 12],
      [INTERNET_ZONE, ULTRASOUND, 'vnc', 2],
      [ULTRASOUND, INTERNET_ZONE, 'https', 1],
      [OFFICE, INTERNET_ZONE, 'dns', 1],
    ]);
    const dicom = s.flows[0];
    expect(dicom).toMatchObject({
      first: D3,
      last: D3 + 2 * 86400 + 3 * 1800,
      bytes: 12 * (5242880 + 1024),
      encrypted: false,
    });
    expect(s.flows[2]).toMatchObject({ encrypted: true, seenAs: ['ssl'] });
    expect(s.attempts.map((f) => [f.from, f.to, f.service, f.connections])).toEqual([
      [OFFICE, ULTRASOUND, 'telnet', 2],
    ]);
    expect(s).toMatchObject({
      sameZone: 1,
      broadcast: 2,
      unrecordedConnections: 2,
      unrecordedHosts: 2,
      connections: 23,
    });
    expect([s.first, s.last]).toEqual([D3, D3 + 2 * 86400 + 3 * 1800]);
    expect(s.unrecorded.map((h) => h.ip).sort()).toEqual(['192.168.50.7', 'fe80::1c2b:3aff:fe4d:5e6f']);
  });

  it('gives the same flows from the JSON log', () => {
    expect(summarise(fixture('clinic-conn.json'))).toEqual(summarise(fixture('clinic-conn.log')));
  });

  it('resolves the narrowest subnet, IPv6 assets in any spelling, and public addresses of both families', () => {
    const resolve = endpointResolver({
      ...context,
      assets: [...context.assets, { id: 'v6', ipAddress: '2001:DB8:0:0::10', networkId: null }],
    });
    expect(resolve('10.20.30.99')).toEqual({ end: CLINICAL, zone: CLINICAL });
    expect(resolve('10.99.0.1')).toEqual({
      end: '00000000-0000-4000-8000-0000000000a3',
      zone: '00000000-0000-4000-8000-0000000000a3',
    });
    expect(resolve('2001:db8::10')).toEqual({ end: 'v6', zone: 'v6' });
    expect(resolve('2606:4700::1111')).toEqual({ end: INTERNET_ZONE, zone: INTERNET_ZONE });
    expect(resolve('2001:db8::11')).toBe('unrecorded');
    expect(resolve('172.16.5.5')).toBe('unrecorded');
    expect(resolve('100.64.1.1')).toBe('unrecorded');
    expect(resolve('239.255.255.250')).toBe('group');
  });

  it('names services as the rules read them: ours by Zeek name or port, else Zeek name, else the port', () => {
    const s = (proto: string, respPort: number, ...service: string[]) => serviceOf({ proto, respPort, service });
    expect(s('tcp', 104)).toBe('dicom');
    expect(s('tcp', 5901, 'rfb')).toBe('vnc');
    expect(s('tcp', 8443, 'ssl', 'http')).toBe('http');
    expect(s('tcp', 2762, 'ssl')).toBe('dicom-tls');
    expect(s('tcp', 8443, 'ssl')).toBe('tcp/8443');
    expect(s('udp', 123, 'ntp')).toBe('ntp');
    expect(s('udp', 514)).toBe('udp/514');
    expect(s('icmp', 0)).toBe('icmp');
  });
});

describe('observed flows against the recorded ones', () => {
  const recorded = (data: Partial<Flow>, id: string) => ({
    id,
    data: { ...emptyFlow(ASSESSMENT, ULTRASOUND, PACS), ...data },
  });

  it('matches an in-place flow between the same ends that lets the service through; a planned one is not the same', () => {
    const s = summarise(fixture('clinic-conn.log'));
    const rows = matchObserved(s.flows, [
      recorded({ services: ['tcp/104'] }, 'dicom-flow'),
      recorded({ from: INTERNET_ZONE, to: ULTRASOUND, services: ['vnc'], status: 'planned' }, 'planned'),
    ]);
    expect(rows.map((r) => r.existing?.id)).toEqual(['dicom-flow', undefined, undefined, undefined]);
  });

  it('proposes a firewall rule on just the observed service, known by observation, valid as a record', () => {
    const s = summarise(fixture('clinic-conn.log'));
    const vnc = s.flows[1];
    if (!vnc) throw new Error('no vnc flow');
    const flow = flowData.parse(newObservedFlow(vnc, ASSESSMENT, 'conn.log'));
    expect(flow).toMatchObject({
      from: INTERNET_ZONE,
      to: ULTRASOUND,
      services: ['vnc'],
      method: 'firewall-rule',
      knownBy: 'observed',
      encrypted: null,
      observedConnections: 2,
      firstSeen: '2026-11-04T09:00:00.000Z',
      lastSeen: '2026-11-05T09:00:00.000Z',
    });
    expect(flow.notes).toContain('Observed in conn.log: 2 answered connections');
  });

  it('counts a capture again only when it is from other days; a test stays the evidence', () => {
    const o = (first: number, last: number, connections: number) => ({
      from: ULTRASOUND,
      to: PACS,
      service: 'dicom',
      seenAs: [],
      connections,
      first,
      last,
      bytes: 0,
      encrypted: false,
    });
    const fresh = emptyFlow(ASSESSMENT, ULTRASOUND, PACS);
    const once = observedPatch(fresh, [o(D3, D3 + 100, 10), o(D3 + 50, D3 + 200, 2)]);
    expect(once).toEqual({
      observedConnections: 12,
      firstSeen: '2026-11-03T08:00:00.000Z',
      lastSeen: '2026-11-03T08:03:20.000Z',
      knownBy: 'observed',
    });
    const seen = { ...fresh, ...once, knownBy: 'tested' as const };
    expect(observedPatch(seen, [o(D3, D3 + 200, 12)])).toMatchObject({ observedConnections: 12, knownBy: 'tested' });
    expect(observedPatch(seen, [o(D3 + 86400, D3 + 86500, 5)])).toMatchObject({
      observedConnections: 17,
      firstSeen: '2026-11-03T08:00:00.000Z',
      lastSeen: '2026-11-04T08:01:40.000Z',
    });
  });
});
