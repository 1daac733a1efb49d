import { describe, expect, it } from 'vitest';
import { answerContradictions } from '../../../../shared/checklists/answerContradictions';
import { checklistProgress, sections, sectionProgress, type Answers } from '../../../../shared/checklists/checklist';
import type { AnswerValue } from '../../../../shared/checklists/question';
import { settledAnswers } from '../../../../shared/checklists/topologyAnswers';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { asset, facts, flow, network, vendorLink } from '../../../support/assessmentFacts';
import type { QuestionId } from '../../../../shared/checklists/questionIds';

type Records = Parameters<typeof settledAnswers>[0];
const records = (parts: Partial<Records>): Records => ({
  networks: [],
  assets: [],
  vendorLinks: [],
  flows: [],
  ...parts,
});
const answers = (values: Partial<Record<QuestionId, AnswerValue>>): Answers => new Map(Object.entries(values));
const settled = (parts: Partial<Records>, questionId: string) =>
  settledAnswers(records(parts)).find((s) => s.questionId === questionId);

const lan = network({ name: 'Clinic LAN', purpose: 'corporate' });
const clinical = network({ name: 'Clinical VLAN', purpose: 'clinical' });
const guest = network({ name: 'Guest Wi-Fi', purpose: 'guest' });
const pc = asset({ name: 'FRONTDESK', kind: 'workstation', networkId: lan.id, connection: 'wired' });
const pump = asset({ name: 'PUMP-1', kind: 'medical-device', networkId: clinical.id, connection: 'wifi' });
const ecg = asset({ name: 'ECG', kind: 'medical-device', networkId: lan.id, connection: 'wired' });
const spiro = asset({
  name: 'SPIRO',
  kind: 'medical-device',
  networkId: null,
  connection: 'none',
  attachedToAssetId: pc.id,
});
const server = asset({ name: 'PM-SRV', kind: 'server', networkId: lan.id, connection: 'wired' });

describe('network.medical-device-networks', () => {
  it("lists the zones holding medical devices, attached devices in their host's zone", () => {
    const s = settled({ networks: [lan, clinical], assets: [pc, pump, spiro] }, 'network.medical-device-networks');
    expect(s?.value).toEqual([lan.id, clinical.id]);
    expect(s?.explanation).toBe('Clinic LAN: SPIRO (on FRONTDESK); Clinical VLAN: PUMP-1.');
    expect(s?.records).toEqual(expect.arrayContaining([lan.id, clinical.id, pump.id, spiro.id]));
  });

  it('is not settled while a networked device has no recorded network', () => {
    const stray = asset({ kind: 'medical-device', networkId: null, ipAddress: '10.0.0.9' });
    expect(
      settled({ networks: [lan, clinical], assets: [pump, stray] }, 'network.medical-device-networks'),
    ).toBeUndefined();
    expect(settled({ networks: [lan], assets: [pc] }, 'network.medical-device-networks')).toBeUndefined();
  });
});

describe('network.flat', () => {
  it('is yes where devices share a zone, or a bridged zone, with office PCs or guests', () => {
    expect(settled({ networks: [lan], assets: [pc, ecg] }, 'network.flat')).toMatchObject({
      value: true,
      explanation: '1 zone holds medical devices alongside 1 office PC: Clinic LAN.',
    });
    const bridge = flow(clinical.id, lan.id, { method: 'physical-bridge' });
    const bridged = settled({ networks: [lan, clinical], assets: [pc, pump], flows: [bridge] }, 'network.flat');
    expect(bridged).toMatchObject({
      value: true,
      explanation: '1 zone holds medical devices alongside 1 office PC: Clinical VLAN (bridged with Clinic LAN).',
    });
    expect(bridged?.records).toEqual(expect.arrayContaining([bridge.id, pump.id, lan.id, clinical.id]));
    const guests = settled(
      {
        networks: [clinical, guest],
        assets: [pump],
        flows: [flow(guest.id, clinical.id, { method: 'physical-bridge' })],
      },
      'network.flat',
    );
    expect(guests?.explanation).toBe(
      '1 zone holds medical devices alongside guests: Clinical VLAN (bridged with Guest Wi-Fi).',
    );
  });

  it('is no where every device and PC is placed and none share; not settled otherwise', () => {
    expect(
      settled(
        {
          networks: [lan, clinical],
          assets: [pc, pump],
          flows: [flow(lan.id, clinical.id, { method: 'firewall-rule', services: ['dicom'] })],
        },
        'network.flat',
      ),
    ).toMatchObject({ value: false });
    // A planned bridge is not a bridge yet.
    expect(
      settled(
        {
          networks: [lan, clinical],
          assets: [pc, pump],
          flows: [flow(lan.id, clinical.id, { method: 'physical-bridge', status: 'planned' })],
        },
        'network.flat',
      )?.value,
    ).toBe(false);
    expect(settled({ assets: [pc, pump] }, 'network.flat')).toBeUndefined();
    const unplacedPc = asset({ kind: 'workstation', networkId: null, connection: 'wired' });
    expect(settled({ networks: [lan, clinical], assets: [pc, pump, unplacedPc] }, 'network.flat')).toBeUndefined();
  });
});

describe('network.guest-wifi-isolated', () => {
  it('is no where a guest zone reaches an internal zone or a machine, with the path', () => {
    const bridge = flow(guest.id, lan.id, { method: 'physical-bridge', knownBy: 'tested' });
    const s = settled({ networks: [lan, guest], assets: [pc], flows: [bridge] }, 'network.guest-wifi-isolated');
    expect(s).toMatchObject({
      value: false,
      explanation: 'Guest Wi-Fi reaches Clinic LAN: Guest Wi-Fi → Clinic LAN (bridged).',
    });
    expect(s?.records).toEqual(expect.arrayContaining([guest.id, lan.id, bridge.id]));
    const rdp = flow(guest.id, server.id, { method: 'firewall-rule', services: ['rdp'] });
    expect(
      settled({ networks: [lan, guest], assets: [server], flows: [rdp] }, 'network.guest-wifi-isolated')?.value,
    ).toBe(false);
  });

  it("is yes where the guest zone's recorded flows lead only out, past approved or planned ones", () => {
    const out = flow(guest.id, INTERNET_ZONE, { method: 'routed' });
    const approved = flow(guest.id, lan.id, {
      method: 'firewall-rule',
      services: ['https'],
      approvedBy: 'Integration board',
      approvalReason: 'Check-in kiosk page',
    });
    const planned = flow(guest.id, lan.id, { method: 'routed', status: 'planned' });
    expect(
      settled({ networks: [lan, guest], flows: [out, approved, planned] }, 'network.guest-wifi-isolated'),
    ).toMatchObject({ value: true, explanation: 'The recorded flows from Guest Wi-Fi reach no internal network.' });
  });

  it('is not settled with no guest zone, or a guest zone with no recorded flows', () => {
    expect(
      settled({ networks: [lan], flows: [flow(lan.id, INTERNET_ZONE)] }, 'network.guest-wifi-isolated'),
    ).toBeUndefined();
    expect(
      settled({ networks: [lan, guest], flows: [flow(lan.id, INTERNET_ZONE)] }, 'network.guest-wifi-isolated'),
    ).toBeUndefined();
  });
});

describe('network.parent-reachable', () => {
  it('is now, planned or no from the flows and vendor links', () => {
    const now = settled(
      { networks: [lan], flows: [flow(PARENT_ZONE, lan.id, { method: 'vpn' })] },
      'network.parent-reachable',
    );
    expect(now).toMatchObject({
      value: 'now',
      explanation: "The parent's corporate network reaches the clinic: Parent corporate network → Clinic LAN (VPN).",
    });
    const planned = settled(
      { networks: [lan], flows: [flow(PARENT_ZONE, lan.id, { method: 'vpn', status: 'planned' })] },
      'network.parent-reachable',
    );
    expect(planned).toMatchObject({
      value: 'planned',
      explanation: 'Once the planned link is in place: Parent corporate network → Clinic LAN (VPN, planned).',
    });
    const joined = vendorLink({
      vendor: 'MedScan',
      method: 'vpn',
      reachesNetworkIds: [lan.id],
      farSide: 'parent-corporate',
    });
    expect(settled({ networks: [lan], vendorLinks: [joined] }, 'network.parent-reachable')?.value).toBe('now');
    // A rule from the parent to one device is reach too, approved or not.
    expect(
      settled(
        {
          networks: [clinical],
          assets: [pump],
          flows: [flow(PARENT_ZONE, pump.id, { method: 'firewall-rule', services: ['dicom-tls'] })],
        },
        'network.parent-reachable',
      )?.value,
    ).toBe('now');
    expect(
      settled(
        {
          networks: [lan],
          flows: [
            flow(lan.id, INTERNET_ZONE),
            flow(lan.id, PARENT_ZONE, { method: 'firewall-rule', services: ['https'] }),
          ],
        },
        'network.parent-reachable',
      )?.value,
    ).toBe('no');
  });

  it('is not settled without networks, or without any recorded flow', () => {
    expect(settled({ flows: [flow(PARENT_ZONE, INTERNET_ZONE)] }, 'network.parent-reachable')).toBeUndefined();
    expect(settled({ networks: [lan], assets: [pc] }, 'network.parent-reachable')).toBeUndefined();
    // Flows about other things (the internet) say nothing of the parent: the checklist answer stands.
    expect(
      settled({ networks: [lan], flows: [flow(lan.id, INTERNET_ZONE)] }, 'network.parent-reachable'),
    ).toBeUndefined();
  });
});

describe('vendor links, VPN to the parent, devices on Wi-Fi', () => {
  it('vendor.any is yes when a link is recorded, and not settled otherwise', () => {
    expect(settled({ vendorLinks: [vendorLink({ vendor: 'RadiView' })] }, 'vendor.any')).toMatchObject({
      value: true,
      explanation: '1 vendor link recorded: RadiView VPN.',
    });
    expect(settled({ networks: [lan] }, 'vendor.any')).toBeUndefined();
  });

  it('vendor.shared-accounts is yes for one shared account, no only when every link says no', () => {
    const shared = vendorLink({ vendor: 'RadiView', sharedAccount: true });
    const named = vendorLink({ vendor: 'BrightDesk', sharedAccount: false });
    expect(settled({ vendorLinks: [shared, named] }, 'vendor.shared-accounts')).toMatchObject({
      value: true,
      records: [shared.id],
    });
    expect(settled({ vendorLinks: [named] }, 'vendor.shared-accounts')?.value).toBe(false);
    expect(
      settled({ vendorLinks: [named, vendorLink({ sharedAccount: null })] }, 'vendor.shared-accounts'),
    ).toBeUndefined();
  });

  it('connectivity.vpn-to-parent is yes or planned from a VPN flow to the parent, never no', () => {
    expect(
      settled({ networks: [lan], flows: [flow(lan.id, PARENT_ZONE, { method: 'vpn' })] }, 'connectivity.vpn-to-parent')
        ?.value,
    ).toBe('yes');
    expect(
      settled(
        { networks: [lan], flows: [flow(lan.id, PARENT_ZONE, { method: 'vpn', status: 'planned' })] },
        'connectivity.vpn-to-parent',
      ),
    ).toMatchObject({
      value: 'planned',
      explanation: "A VPN between Clinic LAN and the parent's corporate network is recorded as planned.",
    });
    expect(
      settled(
        { networks: [lan], flows: [flow(lan.id, PARENT_ZONE, { method: 'routed' })] },
        'connectivity.vpn-to-parent',
      ),
    ).toBeUndefined();
  });

  it('wireless.devices-on-wifi is yes for a device on Wi-Fi, and not settled otherwise', () => {
    expect(settled({ networks: [clinical], assets: [pump] }, 'wireless.devices-on-wifi')).toMatchObject({
      value: true,
      records: [pump.id],
    });
    expect(settled({ networks: [lan], assets: [ecg] }, 'wireless.devices-on-wifi')).toBeUndefined();
  });
});

describe('the words of settled answers', () => {
  it('are the same whatever order the records come in (the database keeps them by id)', () => {
    const flows = [
      flow(guest.id, lan.id, { method: 'physical-bridge' }),
      flow(PARENT_ZONE, clinical.id, { method: 'vpn' }),
      flow(PARENT_ZONE, lan.id, { method: 'vpn' }),
    ];
    const parts = {
      networks: [lan, clinical, guest],
      assets: [pc, pump, ecg, spiro],
      flows,
      vendorLinks: [vendorLink({ vendor: 'Beta' }), vendorLink({ vendor: 'Alpha' })],
    };
    const reversed = {
      networks: [...parts.networks].reverse(),
      assets: [...parts.assets].reverse(),
      flows: [...flows].reverse(),
      vendorLinks: [...parts.vendorLinks].reverse(),
    };
    const words = (p: Partial<Records>) => settledAnswers(records(p)).map((s) => `${s.questionId}: ${s.explanation}`);
    expect(words(reversed)).toEqual(words(parts));
    expect(words(parts)).toContain('vendor.any: 2 vendor links recorded: Alpha VPN, Beta VPN.');
  });
});

describe('contradictions between stored answers and the records', () => {
  const flatLan = records({ networks: [lan, clinical], assets: [pc, ecg, pump] });

  it('flags a stored answer that differs, in words, with why', () => {
    const stored = answers({ 'network.flat': false, 'network.medical-device-networks': [clinical.id] });
    expect(answerContradictions(flatLan, stored)).toEqual([
      {
        questionId: 'network.medical-device-networks',
        stored: [clinical.id],
        fromRecords: [lan.id, clinical.id],
        explanation:
          'Your answer says Clinical VLAN, the inventory shows Clinic LAN, Clinical VLAN. Clinic LAN: ECG; Clinical VLAN: PUMP-1.',
      },
      {
        questionId: 'network.flat',
        stored: false,
        fromRecords: true,
        explanation:
          'Your answer says No, the inventory shows Yes. 1 zone holds medical devices alongside 1 office PC: Clinic LAN.',
      },
    ]);
  });

  it('is quiet for agreeing answers (lists in any order), "not known", and unanswered questions', () => {
    const stored = answers({
      'network.flat': true,
      'network.medical-device-networks': [clinical.id, lan.id],
      'wireless.devices-on-wifi': null,
      'connectivity.vpn-to-parent': 'unknown',
    });
    expect(answerContradictions(flatLan, stored)).toEqual([]);
    expect(
      answerContradictions(
        records({ networks: [lan], flows: [flow(lan.id, PARENT_ZONE, { method: 'vpn' })] }),
        answers({ 'connectivity.vpn-to-parent': 'unknown' }),
      ),
    ).toEqual([]);
  });
});

describe('settled answers in progress and rules', () => {
  it('counts a settled question as answered', () => {
    const network = sections.find((s) => s.id === 'network');
    const settledHere = settledAnswers(records({ networks: [lan], assets: [pc, ecg] }));
    if (!network) throw new Error('no network section');
    expect(
      sectionProgress(network, new Map(), settledHere).answered - sectionProgress(network, new Map()).answered,
    ).toBe(1);
    expect(checklistProgress(new Map(), settledHere).answered).toBeGreaterThan(checklistProgress(new Map()).answered);
  });

  it("lets the rules read the records' answer over a stored one", () => {
    const named = vendorLink({ vendor: 'BrightDesk', sharedAccount: false });
    const stated = evaluateRules(
      buildContext(facts({ vendorLinks: [named], answers: { 'vendor.shared-accounts': true } }), osSupport),
    );
    expect(stated.filter((f) => f.ruleId === 'vendor.shared-account')).toEqual([]);
    const wifi = evaluateRules(
      buildContext(
        facts({
          networks: [clinical],
          assets: [pump],
          answers: { 'wireless.wifi-security': 'wpa2-personal', 'wireless.devices-on-wifi': false },
        }),
        osSupport,
      ),
    );
    expect(wifi.filter((f) => f.ruleId === 'wireless.weak-security').map((f) => f.questions)).toEqual([
      ['wireless.wifi-security', 'wireless.devices-on-wifi'],
    ]);
  });
});
