/** The reachability rules: each fires with the path that proves it, and stays quiet where the path is cut or approved. */
import { describe, expect, it } from 'vitest';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext, type AssessmentFacts } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { asset, facts, flow, network, vendorLink } from '../../../support/assessmentFacts';

const firing = (ruleId: string, f: AssessmentFacts) =>
  evaluateRules(buildContext(f, osSupport)).filter((x) => x.ruleId === ruleId);

const imaging = network({ name: 'Imaging VLAN', purpose: 'clinical' });
const office = network({ name: 'Office VLAN' });
const guest = network({ name: 'Guest Wi-Fi', purpose: 'guest' });
const modality = asset({ name: 'CT-1', kind: 'medical-device', networkId: imaging.id, ipAddress: '10.0.30.11' });
const pacs = asset({ name: 'PACS', kind: 'server', networkId: office.id, ipAddress: '10.0.10.5' });

describe('vendor link reaching the parent', () => {
  const vpn = vendorLink({
    vendor: 'MedScan',
    method: 'vpn',
    reachesNetworkIds: [imaging.id],
    availability: 'always-on',
  });
  it('fires at critical with the path through the zone it lands in', () => {
    const [hit] = firing(
      'vendor.bridges-corporate',
      facts({ networks: [imaging], vendorLinks: [vpn], flows: [flow(imaging.id, PARENT_ZONE)] }),
    );
    expect(hit?.severity).toBe('critical');
    expect(hit?.paths).toEqual(['MedScan VPN → Imaging VLAN (vendor tunnel) → Parent corporate network (routed)']);
    expect(hit?.owner).toBe('parent-it');
  });
  it("fires when the link's far side is the parent's network", () => {
    const [hit] = firing(
      'vendor.bridges-corporate',
      facts({ networks: [imaging], vendorLinks: [{ ...vpn, data: { ...vpn.data, farSide: PARENT_ZONE } }] }),
    );
    expect(hit?.paths[0]).toBe('MedScan VPN → Parent corporate network (vendor tunnel)');
  });
  it('stays quiet when only a firewall rule leads on, which carries nothing further', () => {
    expect(
      firing(
        'vendor.bridges-corporate',
        facts({
          networks: [imaging, office],
          vendorLinks: [vpn],
          flows: [
            flow(imaging.id, office.id, { method: 'firewall-rule', services: ['dicom'] }),
            flow(office.id, PARENT_ZONE),
          ],
        }),
      ),
    ).toEqual([]);
  });
  it('says "once the planned link is in place" for a planned hop', () => {
    const [hit] = firing(
      'vendor.bridges-corporate',
      facts({
        networks: [imaging],
        vendorLinks: [vpn],
        flows: [flow(imaging.id, PARENT_ZONE, { method: 'vpn', status: 'planned' })],
      }),
    );
    expect(hit?.detail).toContain('once the planned link is in place');
    expect(hit?.paths[0]).toContain('(VPN, planned)');
  });
});

describe('guest and patient zones', () => {
  it('rate reaching medical devices high, with the path', () => {
    const [hit] = firing(
      'network.guest-not-isolated',
      facts({ networks: [imaging, guest], assets: [modality], flows: [flow(guest.id, imaging.id)] }),
    );
    expect(hit?.severity).toBe('high');
    expect(hit?.paths).toEqual(['Guest Wi-Fi → Imaging VLAN (routed)']);
  });
  it('rate reaching only office zones medium', () => {
    const [hit] = firing(
      'network.guest-not-isolated',
      facts({
        networks: [imaging, office, guest],
        assets: [modality],
        flows: [flow(guest.id, office.id, { method: 'firewall-rule', services: ['smb'] })],
      }),
    );
    expect(hit?.severity).toBe('medium');
  });
  it('stay quiet for internet-only access, whatever the checklist answer says', () => {
    expect(
      firing(
        'network.guest-not-isolated',
        facts({
          networks: [imaging, guest],
          assets: [modality],
          flows: [flow(guest.id, INTERNET_ZONE)],
          answers: { 'network.guest-wifi-isolated': false },
        }),
      ),
    ).toEqual([]);
  });
});

describe('clinical protocols into device zones', () => {
  it('fire for DICOM from a whole zone in the clear, naming the flow', () => {
    const [hit] = firing(
      'network.clinical-protocol-exposed',
      facts({
        networks: [imaging, office],
        assets: [modality],
        flows: [flow(office.id, imaging.id, { method: 'firewall-rule', services: ['tcp/104'] })],
      }),
    );
    expect(hit?.detail).toContain('DICOM from Office VLAN (not limited to named systems and in the clear)');
    expect(hit?.paths).toEqual(['Office VLAN → Imaging VLAN (firewall rule, tcp/104 (DICOM))']);
  });
  it('fire for a named peer in the clear, but not for a named peer over TLS', () => {
    const clear = flow(pacs.id, modality.id, { method: 'firewall-rule', services: ['dicom'] });
    const tls = flow(pacs.id, modality.id, { method: 'firewall-rule', services: ['dicom-tls'] });
    expect(
      firing(
        'network.clinical-protocol-exposed',
        facts({ networks: [imaging, office], assets: [modality, pacs], flows: [clear] }),
      )[0]?.detail,
    ).toContain('(in the clear)');
    expect(
      firing(
        'network.clinical-protocol-exposed',
        facts({ networks: [imaging, office], assets: [modality, pacs], flows: [tls] }),
      ),
    ).toEqual([]);
  });
  it('stay quiet for HL7 named on an approved flow', () => {
    const approved = flow(office.id, imaging.id, {
      method: 'firewall-rule',
      services: ['hl7'],
      approvedBy: 'Integration board',
      approvalReason: 'Orders to the modality worklist',
    });
    expect(
      firing(
        'network.clinical-protocol-exposed',
        facts({ networks: [imaging, office], assets: [modality], flows: [approved] }),
      ),
    ).toEqual([]);
  });
});

describe('services published to the internet', () => {
  it('fire at critical for RDP forwarded to a server holding patient data, with the path', () => {
    const server = asset({ name: 'EMR-SRV', kind: 'server', networkId: office.id, storesPatientData: true });
    const [hit] = firing(
      'network.internet-exposed-service',
      facts({
        networks: [office],
        assets: [server],
        flows: [flow(INTERNET_ZONE, server.id, { method: 'firewall-rule', services: ['rdp'] })],
      }),
    );
    expect(hit?.severity).toBe('critical');
    expect(hit?.detail).toBe('RDP on EMR-SRV can be reached from the internet.');
    expect(hit?.paths).toEqual(['Internet → EMR-SRV (firewall rule, RDP)']);
  });
  it('stay quiet for HTTPS, and for reach only through another machine', () => {
    const jump = asset({ name: 'JUMP', networkId: office.id });
    const f = facts({
      networks: [office, imaging],
      assets: [jump, modality],
      flows: [
        flow(INTERNET_ZONE, jump.id, { method: 'firewall-rule', services: ['https'] }),
        flow(office.id, imaging.id),
      ],
    });
    expect(firing('network.internet-exposed-service', f)).toEqual([]);
  });
});

describe('the parent reaching medical devices', () => {
  it('fires with the path from the parent', () => {
    const [hit] = firing(
      'network.parent-reaches-devices',
      facts({
        networks: [imaging, office],
        assets: [modality],
        flows: [flow(PARENT_ZONE, office.id, { method: 'vpn' }), flow(office.id, imaging.id)],
      }),
    );
    expect(hit?.severity).toBe('critical');
    expect(hit?.paths).toEqual(['Parent corporate network → Office VLAN (VPN) → Imaging VLAN (routed)']);
  });
  it('stays quiet for an approved flow to one device', () => {
    const archive = flow(PARENT_ZONE, modality.id, {
      method: 'firewall-rule',
      services: ['dicom-tls'],
      approvedBy: 'Integration board',
      approvalReason: 'Priors from the archive',
      encrypted: true,
    });
    expect(
      firing('network.parent-reaches-devices', facts({ networks: [imaging], assets: [modality], flows: [archive] })),
    ).toEqual([]);
  });
});

describe('exposure through the machine a device is plugged into', () => {
  it('makes a USB device on an internet-facing PC networked, and names the PC', () => {
    const pc = asset({ name: 'EXAM-PC', networkId: office.id });
    const spirometer = asset({
      name: 'SPIRO',
      kind: 'medical-device',
      connection: 'none',
      attachedToAssetId: pc.id,
      patchedBy: 'vendor',
    });
    const [hit] = firing('devices.unpatchable-networked', facts({ networks: [office], assets: [pc, spirometer] }));
    expect(hit?.detail).toBe('SPIRO is attached to EXAM-PC and only its maker may patch it.');
    expect(hit?.owner).toBe('device-maker');
  });
});

describe('flat segments', () => {
  it('raise one finding for zones bridged onto one wire, however many hops apart', () => {
    const lan = network({ name: 'LAN' });
    const wifi = network({ name: 'Staff Wi-Fi', purpose: 'clinical' });
    const guestWifi = network({ name: 'Guest', purpose: 'guest' });
    const pump = asset({ name: 'PUMP', kind: 'medical-device', networkId: wifi.id });
    const pc = asset({ name: 'PC', networkId: lan.id });
    const hits = firing(
      'network.flat',
      facts({
        networks: [lan, wifi, guestWifi],
        assets: [pump, pc],
        flows: [
          flow(wifi.id, lan.id, { method: 'physical-bridge' }),
          flow(guestWifi.id, wifi.id, { method: 'physical-bridge' }),
        ],
      }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.detail).toBe(
      'LAN (bridged with Staff Wi-Fi, Guest) holds 1 medical device (PUMP) alongside 1 office PC and guests (Guest).',
    );
  });
});
