import { describe, expect, it } from 'vitest';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { pathText } from '../../../../shared/topology/pathText';
import { reachabilityMatrix } from '../../../../shared/topology/reachabilityMatrix';
import { buildTopology } from '../../../../shared/topology/topology';
import { asset, flow, network, vendorLink } from '../../../support/assessmentFacts';

const names = (...records: { id: string; data: { name?: string; vendor?: string } }[]) => {
  const map = new Map(records.map((r) => [r.id, r.data.name ?? r.data.vendor ?? r.id] as const));
  return (id: string) => map.get(id) ?? id;
};

describe('reachability', () => {
  const imaging = network({ name: 'Imaging VLAN', purpose: 'clinical' });
  const office = network({ name: 'Office' });
  const vpn = vendorLink({ vendor: 'RadiView', method: 'vpn', reachesNetworkIds: [imaging.id] });

  it('follows a vendor tunnel into a zone and on over a routed link, naming each hop', () => {
    const routed = flow(imaging.id, PARENT_ZONE, { method: 'routed' });
    const topology = buildTopology({ networks: [imaging, office], assets: [], vendorLinks: [vpn], flows: [routed] });
    const path = topology.reach.path(vpn.id, PARENT_ZONE);
    expect(path?.hops.map((h) => h.method)).toEqual(['vendor-tunnel', 'routed']);
    expect(path?.via).toEqual([]);
    expect(pathText(path!, names(imaging, vpn))).toBe(
      'RadiView → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)',
    );
    expect(topology.reach.path(vpn.id, office.id)).toBeNull();
  });

  it('lets a firewall rule through only for what it names, and no further', () => {
    const pacs = network({ name: 'PACS' });
    const rule = flow(office.id, imaging.id, { method: 'firewall-rule', services: ['dicom'] });
    const onward = flow(imaging.id, pacs.id, { method: 'routed' });
    const topology = buildTopology({
      networks: [imaging, office, pacs],
      assets: [],
      vendorLinks: [],
      flows: [rule, onward],
    });
    expect(topology.reach.path(office.id, imaging.id, 'dicom')).not.toBeNull();
    expect(topology.reach.path(office.id, imaging.id, 'tcp/104')?.services).toEqual(['dicom']);
    expect(topology.reach.path(office.id, imaging.id, 'rdp')).toBeNull();
    expect(topology.reach.path(office.id, pacs.id)).toBeNull();
  });

  it('goes on from a host reached by remote control, as a path via that host, and prefers a direct path', () => {
    const jump = asset({ name: 'JUMP-01', networkId: office.id });
    const rdp = flow(INTERNET_ZONE, jump.id, { method: 'firewall-rule', services: ['rdp'] });
    const officeToImaging = flow(office.id, imaging.id, { method: 'routed' });
    const topology = buildTopology({
      networks: [imaging, office],
      assets: [jump],
      vendorLinks: [],
      flows: [rdp, officeToImaging],
    });
    const path = topology.reach.path(INTERNET_ZONE, imaging.id, 'dicom');
    expect(path?.via).toEqual([jump.id]);
    expect(pathText(path!, names(imaging, office, jump))).toBe(
      'Internet → JUMP-01 (firewall rule, RDP, then from that machine) → Office (same zone) → Imaging VLAN (routed)',
    );
    expect(topology.reach.path(INTERNET_ZONE, jump.id, 'rdp')?.via).toEqual([]);
    const smbOnly = buildTopology({
      networks: [imaging, office],
      assets: [jump],
      vendorLinks: [],
      flows: [{ ...rdp, data: { ...rdp.data, services: ['smb'] } }, officeToImaging],
    });
    expect(smbOnly.reach.path(INTERNET_ZONE, imaging.id)).toBeNull();
  });

  it('treats a remote-control tool landing in a zone as reach via a machine there', () => {
    const tool = vendorLink({ vendor: 'MSP', method: 'remote-control-tool', reachesNetworkIds: [office.id] });
    const toImaging = flow(office.id, imaging.id, { method: 'routed' });
    const topology = buildTopology({
      networks: [imaging, office],
      assets: [],
      vendorLinks: [tool],
      flows: [toImaging],
    });
    const path = topology.reach.path(tool.id, imaging.id);
    expect(path?.via).toEqual([office.id]);
    expect(pathText(path!, names(imaging, office, tool))).toContain('via a machine in Office');
  });

  it('joins bridged segments both ways, reaches machines through their zone, and marks planned hops', () => {
    const wifi = network({ name: 'Staff Wi-Fi' });
    const pump = asset({ name: 'PUMP-1', kind: 'medical-device', networkId: imaging.id });
    const bridge = flow(wifi.id, imaging.id, { method: 'physical-bridge' });
    const planned = flow(PARENT_ZONE, wifi.id, { method: 'vpn', status: 'planned' });
    const topology = buildTopology({
      networks: [imaging, wifi],
      assets: [pump],
      vendorLinks: [],
      flows: [bridge, planned],
    });
    expect(topology.reach.path(imaging.id, wifi.id)).not.toBeNull();
    const toPump = topology.reach.path(PARENT_ZONE, pump.id);
    expect(toPump?.hops.map((h) => h.method)).toEqual(['vpn', 'physical-bridge', 'member']);
    expect(toPump?.planned).toBe(true);
  });

  it("reads the networks' fields of older records as flows, and gives an attached device its host's zone", () => {
    const old = network({ name: 'Old LAN', connectsTo: [imaging.id], reachableFromParent: true });
    const pc = asset({ name: 'PC-1', networkId: old.id });
    const spirometer = asset({ name: 'SPIRO', kind: 'medical-device', networkId: null, attachedToAssetId: pc.id });
    const topology = buildTopology({ networks: [imaging, old], assets: [pc, spirometer], vendorLinks: [], flows: [] });
    expect(topology.reach.path(PARENT_ZONE, imaging.id)?.hops.map((h) => h.from)).toEqual([PARENT_ZONE, old.id]);
    expect(topology.graph.zoneOf(spirometer.id)).toBe(old.id);
    expect(topology.reach.path(PARENT_ZONE, spirometer.id)).not.toBeNull();
  });

  it('fills a zones × zones matrix with the services and evidence of each path', () => {
    const rule = flow(office.id, imaging.id, { method: 'firewall-rule', services: ['dicom'], knownBy: 'tested' });
    const matrix = reachabilityMatrix(
      buildTopology({ networks: [imaging, office], assets: [], vendorLinks: [], flows: [rule] }),
    );
    expect(matrix.zones).toEqual([PARENT_ZONE, INTERNET_ZONE, imaging.id, office.id]);
    expect(matrix.cells.get(office.id)?.get(imaging.id)).toMatchObject({
      services: ['dicom'],
      direct: true,
      evidence: 'tested',
      sources: [rule.id],
    });
    expect(matrix.cells.get(imaging.id)?.size).toBe(0);
  });
});
