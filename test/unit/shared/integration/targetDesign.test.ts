import { describe, expect, it } from 'vitest';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { builtInPack, type ActivePack } from '../../../../shared/reference/contentPack';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import type { TargetFlow } from '../../../../shared/model/targetFlow';
import type { AssessmentRecords } from '../../../../shared/model/assessmentRecords';
import { proposalOf, targetDesignOf } from '../../../../shared/integration/targetDesignOf';
import { MONITORING_SERVICES, NARROW_NOTE } from '../../../../shared/integration/targetDesign';
import { diffCounts, diffTargetDesign } from '../../../../shared/integration/targetDiff';
import { serviceWithPorts } from '../../../../shared/integration/changeRequest';

const gatewayPack: ActivePack = {
  content: {
    ...builtInPack.content,
    name: 'Northwind standard',
    profile: {
      ...builtInPack.content.profile,
      remoteAccessGateway: { name: 'Northwind PAM', address: 'pam.northwind.example', notes: '' },
      addressPlan: [{ cidr: '10.0.0.0/8', name: 'Corporate' }],
    },
  },
  signedBy: { name: 'Northwind', fingerprint: 'AB12' },
};

async function sample() {
  const bundle = await sampleRecords('laptop', '2026-11-20', () => Date.parse('2026-11-20T09:00:00Z'));
  const records = assessmentRecordsFrom(bundle, bundle.assessment[0]!.id)!;
  return { records, assessmentId: bundle.assessment[0]!.id };
}

function withTargets(records: AssessmentRecords, targets: TargetFlow[]): AssessmentRecords {
  return { ...records, targetFlows: targets.map((data) => ({ id: crypto.randomUUID(), data })) };
}

describe('the target design proposed from the sample clinic', () => {
  it('gives every row a reason and judges each of today’s flows as an engineer would', async () => {
    const { records, assessmentId } = await sample();
    const { context } = assessRecords(records, '2026-11-20', gatewayPack);
    const proposal = proposalOf(context, assessmentId);
    expect(proposal.every((p) => p.reason.trim().length > 20)).toBe(true);
    const name = (id: string) => context.nameOf(id);
    const row = (from: string, to: string) => proposal.filter((p) => name(p.from) === from && name(p.to) === to);

    // The approved ultrasound → archive flow stays as it is.
    const ultrasound = row('ULTRASOUND-1', name(PARENT_ZONE));
    expect(ultrasound).toHaveLength(1);
    expect(ultrasound[0]).toMatchObject({ action: 'allow', services: ['dicom-tls'], route: 'direct' });
    expect(ultrasound[0]!.reason).toContain('Northwind integration board');

    // The RDP port forward from the internet is denied.
    const forward = row(name(INTERNET_ZONE), 'PM-SRV');
    expect(forward[0]).toMatchObject({ action: 'deny' });

    // Guest Wi-Fi bridged onto the LAN: denied.
    expect(row('Guest Wi-Fi', 'Clinic LAN')[0]).toMatchObject({ action: 'deny', owner: 'clinic' });

    // Staff Wi-Fi bridged onto the LAN: a firewall rule, flagged for narrowing.
    const staff = row('Staff Wi-Fi', 'Clinic LAN')[0]!;
    expect(staff.action).toBe('allow');
    expect(staff.reason).toContain(NARROW_NOTE);

    // The LAN holds medical devices: the parent reaches it only on monitoring services.
    expect(row(name(PARENT_ZONE), 'Clinic LAN')[0]).toMatchObject({ services: [...MONITORING_SERVICES] });

    // Vendors come in through the gateway: RadiView's VPN, the MSP's TeamViewer.
    const vendors = proposal.filter((p) => p.route === 'gateway');
    expect(vendors.length).toBe(5);
    expect(vendors.every((p) => p.reason.includes('Northwind PAM'))).toBe(true);
    expect(vendors.every((p) => p.basedOnFlowId === '')).toBe(true);

    // The VPN to the parent is recorded (planned), so no second one is added; the Staff Wi-Fi gets monitoring.
    expect(row('Clinic LAN', name(PARENT_ZONE))).toHaveLength(1);
    expect(row(name(PARENT_ZONE), 'Staff Wi-Fi')[0]).toMatchObject({ action: 'allow', basedOnFlowId: '' });
    expect(row(name(PARENT_ZONE), 'Guest Wi-Fi')).toHaveLength(0);
  });

  it('adds the VPN to the parent where none is recorded, and says the gateway is not named without a pack', async () => {
    const { records, assessmentId } = await sample();
    const noParent = { ...records, flows: records.flows.filter((f) => f.data.to !== PARENT_ZONE) };
    const { context } = assessRecords(noParent, '2026-11-20');
    const proposal = proposalOf(context, assessmentId);
    const vpn = proposal.filter((p) => p.to === PARENT_ZONE);
    expect(vpn).toHaveLength(1);
    expect(context.nameOf(vpn[0]!.from)).toBe('Clinic LAN');
    expect(vpn[0]!.services).toEqual(['https']);
    const gateway = proposal.find((p) => p.route === 'gateway')!;
    expect(gateway.reason).toContain("through the parent's remote-access gateway,");
  });
});

describe('the differences and the change request', () => {
  it('classifies the proposal against today: removed, changed, kept and added', async () => {
    const { records, assessmentId } = await sample();
    const first = assessRecords(records, '2026-11-20', gatewayPack).context;
    const withDesign = withTargets(records, proposalOf(first, assessmentId));
    const { context } = assessRecords(withDesign, '2026-11-20', gatewayPack);
    const { diff, changeRequest } = targetDesignOf(context);
    const counts = diffCounts(diff);
    // Removed: the RDP port forward and the guest bridge. Kept: the approved flow and the planned VPN to the parent.
    // Changed: the 5 vendor paths, the parent → LAN narrowed, the Wi-Fi bridge and the open route to the internet made rules.
    expect(counts).toEqual({ remove: 2, keep: 2, change: 8, add: 1 });
    const bridge = diff.find((d) => d.today && context.nameOf(d.today.from) === 'Staff Wi-Fi')!;
    expect(bridge.changes).toEqual(['a firewall rule instead of a bridge']);
    expect(changeRequest).toHaveLength(counts.add + counts.change + counts.remove);
    const rdp = changeRequest.find((r) => r.destination.startsWith('PM-SRV') && r.source === 'Internet')!;
    expect(rdp).toMatchObject({ action: 'deny', change: 'remove', service: 'RDP (tcp/3389)' });
    const monitoring = changeRequest.find((r) => r.change === 'change' && r.source.startsWith('Parent'))!;
    expect(monitoring.source).toContain('10.0.0.0/8');
    expect(monitoring.destination).toBe('Clinic LAN (192.168.1.0/24)');
    expect(monitoring.service).toBe('udp/161; icmp');
    expect(monitoring.reason).toContain('services from any service to udp/161, icmp');
    const viaGateway = changeRequest.filter((r) => r.source.includes('via Northwind PAM (pam.northwind.example)'));
    expect(viaGateway).toHaveLength(5);
    expect(viaGateway.some((r) => r.service === "Remote control (the tool's own channel)")).toBe(true);
  });

  it('removes a flow no target flow keeps, and adds a target flow new to the design', async () => {
    const { records, assessmentId } = await sample();
    const lan = records.networks.find((n) => n.data.name === 'Clinic LAN')!.id;
    const added: TargetFlow = {
      assessmentId,
      from: lan,
      to: PARENT_ZONE,
      services: ['tcp/8443'],
      action: 'allow',
      route: 'direct',
      reason: 'The lab results portal',
      owner: 'parent-it',
      basedOnFlowId: '',
      notes: '',
    };
    const diff = diffTargetDesign(records.flows, [{ id: crypto.randomUUID(), data: added }]);
    expect(diffCounts(diff)).toEqual({ add: 1, remove: records.flows.length, change: 0, keep: 0 });
  });

  it('writes services with their ports', () => {
    expect(serviceWithPorts('dicom')).toBe('DICOM (tcp/104, tcp/11112, tcp/4242)');
    expect(serviceWithPorts('tcp/3389')).toBe('tcp/3389 (RDP)');
    expect(serviceWithPorts('any')).toBe('any');
    expect(serviceWithPorts('hl7')).toBe('HL7 (port set by the interface engine)');
    expect(serviceWithPorts('udp/514')).toBe('udp/514');
  });
});
