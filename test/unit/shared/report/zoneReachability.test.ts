import { describe, expect, it } from 'vitest';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildClinicReport } from '../../../../shared/report/clinicReport';
import { flowRows } from '../../../../shared/report/reportFlows';
import { pairOf, zoneReachability } from '../../../../shared/report/zoneReachability';
import { buildContext } from '../../../../shared/rules/context';
import { asset, facts, flow, network } from '../../../support/assessmentFacts';
import { imagingCentre } from '../../../support/golden/imagingCentre';
import { goldenRecords } from '../../../support/goldenRecords';

describe('reachability between zones, for the report and the app', () => {
  it('lists the built-in zones first, then the networks by name, and marks the clinical ones', () => {
    const office = network({ name: 'Office' });
    const devices = network({ name: 'Ward', purpose: 'corporate' });
    const imaging = network({ name: 'Imaging', purpose: 'clinical' });
    const pump = asset({ name: 'PUMP-1', kind: 'medical-device', networkId: devices.id });
    const model = zoneReachability(
      buildContext(facts({ networks: [office, devices, imaging], assets: [pump] }), osSupport),
    );
    expect(model.zones.map((z) => z.name)).toEqual([
      'Parent corporate network',
      'Internet',
      'Imaging',
      'Office',
      'Ward',
    ]);
    expect(model.zones.filter((z) => z.clinical).map((z) => z.name)).toEqual(['Imaging', 'Ward']);
    expect(model.zones.filter((z) => z.builtIn).map((z) => z.id)).toEqual([PARENT_ZONE, INTERNET_ZONE]);
    expect(model.pairs).toEqual([]);
  });

  it('says for each pair what gets through, by which path, how it is known and which flows it rests on', () => {
    const office = network({ name: 'Office' });
    const imaging = network({ name: 'Imaging', purpose: 'clinical' });
    const jump = asset({ name: 'JUMP-01', networkId: office.id });
    const dicom = flow(office.id, imaging.id, { method: 'firewall-rule', services: ['dicom'], knownBy: 'observed' });
    const rdp = flow(INTERNET_ZONE, jump.id, { method: 'firewall-rule', services: ['rdp'], knownBy: 'tested' });
    const planned = flow(PARENT_ZONE, office.id, { method: 'vpn', status: 'planned', knownBy: 'stated' });
    const model = zoneReachability(
      buildContext(facts({ networks: [office, imaging], assets: [jump], flows: [dicom, rdp, planned] }), osSupport),
    );

    expect(pairOf(model, office.id, imaging.id)).toMatchObject({
      services: 'DICOM',
      via: false,
      planned: false,
      intoClinical: true,
      evidence: 'observed',
      evidenceLabel: 'Observed',
      path: 'Office → Imaging (firewall rule, DICOM)',
      sources: [dicom.id],
      legacy: false,
      through: [],
      pivots: [],
    });
    const fromInternet = pairOf(model, INTERNET_ZONE, office.id);
    expect(fromInternet).toMatchObject({
      services: 'any',
      via: true,
      pivots: ['JUMP-01'],
      sources: [rdp.id],
      through: ['JUMP-01'],
    });
    expect(fromInternet?.path).toContain('then from that machine');
    expect(pairOf(model, PARENT_ZONE, office.id)).toMatchObject({
      planned: true,
      evidence: 'stated',
      intoClinical: false,
    });
    expect(pairOf(model, imaging.id, office.id)).toBeUndefined();
  });

  it("marks the links that come from the networks' older fields rather than recorded flows", () => {
    const old = network({ name: 'Old LAN', connectsTo: [], reachableFromParent: true });
    const model = zoneReachability(buildContext(facts({ networks: [old] }), osSupport));
    expect(pairOf(model, PARENT_ZONE, old.id)).toMatchObject({ legacy: true, sources: [], evidence: 'stated' });
  });

  it('words each recorded flow, sorted by where it starts, leaving out flows that go nowhere yet', () => {
    const office = network({ name: 'Office' });
    const imaging = network({ name: 'Imaging' });
    const approved = flow(office.id, imaging.id, {
      method: 'firewall-rule',
      services: ['dicom', 'tcp/2762'],
      knownBy: 'tested',
      approvedBy: 'J. Ortiz, parent IT',
      approvalReason: 'PACS query',
      encrypted: true,
    });
    const unfinished = flow(office.id, office.id);
    const toParent = flow(imaging.id, PARENT_ZONE, { status: 'planned', approvedBy: 'Somebody' });
    const context = buildContext(
      facts({ networks: [office, imaging], flows: [approved, unfinished, toParent] }),
      osSupport,
    );
    expect(flowRows(context.flows, context.nameOf)).toEqual([
      {
        id: toParent.id,
        from: 'Imaging',
        to: 'Parent corporate network',
        services: 'any service',
        how: 'Routed',
        knownBy: 'Stated',
        status: 'Planned',
        encrypted: 'Not known',
        approvedBy: 'Somebody (no reason recorded)',
        notes: '',
      },
      {
        id: approved.id,
        from: 'Office',
        to: 'Imaging',
        services: 'DICOM, tcp/2762 (DICOM over TLS)',
        how: 'Firewall rule',
        knownBy: 'Tested',
        status: 'In place',
        encrypted: 'Yes',
        approvedBy: 'J. Ortiz, parent IT: PACS query',
        notes: '',
      },
    ]);
  });
});

describe('the clinic report model of the imaging centre', () => {
  const report = buildClinicReport(goldenRecords(imagingCentre()), '2026-11-28');
  const named = (id: string) => report.reachability.zones.find((z) => z.id === id)?.name;

  it("computes the networks' reach from the topology, not from their older fields", () => {
    const imaging = report.networks.find((n) => n.name === 'Imaging VLAN');
    expect(imaging).toMatchObject({ fromParent: 'Yes', reaches: 'Parent corporate network' });
    expect(report.networks.find((n) => n.name === 'Office VLAN')).toMatchObject({
      fromParent: 'No path recorded',
      reaches: 'Internet, Imaging VLAN',
    });
    expect(report.networks.find((n) => n.name === 'Server VLAN')?.reaches).toBe('Nothing recorded');
  });

  it('holds the zones matrix and the recorded flows', () => {
    expect(report.reachability.asMatrix).toBe(true);
    expect(report.reachability.zones).toHaveLength(6);
    expect(report.reachability.pairs.map((p) => `${named(p.from)} → ${named(p.to)}: ${p.services}`)).toEqual([
      'Parent corporate network → Imaging VLAN: any',
      'Guest Wi-Fi → Internet: any',
      'Imaging VLAN → Parent corporate network: any',
      'Office VLAN → Internet: any',
      'Office VLAN → Imaging VLAN: DICOM',
    ]);
    expect(report.flows).toHaveLength(6);
    expect(report.flows[0]).toMatchObject({
      from: 'CT-CONSOLE',
      to: 'PACS-01',
      services: 'DICOM',
      how: 'Firewall rule',
      knownBy: 'Observed',
    });
  });

  it("gives each finding its paths and owner, and groups a device's open findings under it", () => {
    const bridge = report.findings.find((f) => f.title === "Vendor link reaches the parent's corporate network");
    expect(bridge?.paths).toEqual([
      'MedScan Service VPN → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)',
    ]);
    expect(bridge?.owner).toBe("The parent's IT");
    expect(bridge?.evidence).not.toContain('a record');
    expect(report.findingsByDevice.map((g) => [g.device, g.rows.map((r) => r.owner)])).toEqual([
      ['MRI-CONSOLE', ['The clinic (or its MSP)', 'The device maker', 'The device maker']],
    ]);
    // Scanning exclusions name both consoles: about neither alone.
    expect(report.findings.find((f) => f.title.startsWith('Fragile devices'))?.device).toBeNull();
  });
});
