import { describe, expect, it } from 'vitest';
import { buildContext, type AssessmentFacts } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { addressCheck } from '../../../../shared/rules/addressOverlap';
import { agentCoverage } from '../../../../shared/rules/agentCoverage';
import { PARENT_ZONE } from '../../../../shared/model/flow';
import type { ActivePack } from '../../../../shared/reference/contentPack';
import { asset, facts, flow, network } from '../../../support/assessmentFacts';
import { northwindProfile, packWith } from '../../../support/packWith';

const northwind = packWith(northwindProfile);
const context = (f: AssessmentFacts, pack: ActivePack = northwind) => buildContext(f, osSupport, pack);
const findings = (f: AssessmentFacts, ruleId: string, pack: ActivePack = northwind) =>
  evaluateRules(context(f, pack)).filter((x) => x.ruleId === ruleId);

describe('the address plan check', () => {
  const clinical = network({ name: 'Clinical', subnet: '10.20.30.7/24' });
  const office = network({ name: 'Office', subnet: '192.168.1.0/24' });
  const campus = network({ name: 'Imaging', subnet: '172.16.4.0/22, 192.168.9.0/24' });
  const blank = network({ name: 'Guest', subnet: '' });
  const vlanOnly = network({ name: 'Vendor', subnet: 'VLAN 40' });

  it('names each clinic subnet, the parent range it overlaps and the shared addresses', () => {
    const check = addressCheck(context(facts({ networks: [clinical, office, campus, blank, vlanOnly] })));
    expect(check.plan).toEqual([
      { cidr: '10.0.0.0/8', name: 'Corporate data centres' },
      { cidr: '172.16.0.0/16', name: 'Hospital campus' },
    ]);
    const byName = new Map(check.networks.map((n) => [n.name, n]));
    expect(byName.get('Clinical')).toMatchObject({
      status: 'overlaps',
      overlaps: [
        { subnet: '10.20.30.0/24', range: '10.0.0.0/8', rangeName: 'Corporate data centres', shared: '10.20.30.0/24' },
      ],
    });
    expect(byName.get('Office')).toMatchObject({ status: 'clear', overlaps: [] });
    expect(byName.get('Imaging')?.overlaps.map((o) => o.shared)).toEqual(['172.16.4.0/22']);
    expect(byName.get('Guest')?.status).toBe('unchecked');
    expect(byName.get('Vendor')?.status).toBe('unchecked');
  });

  it("finds each overlapping network once, High, for the parent's IT, with the ranges in the detail", () => {
    const found = findings(facts({ networks: [clinical, office, campus] }), 'network.address-overlap');
    expect(found.map((f) => f.records[0]).sort()).toEqual([clinical.id, campus.id].sort());
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(f.severity).toBe('high');
      expect(f.owner).toBe('parent-it');
    }
    const detail = found.find((f) => f.records[0] === clinical.id)?.detail;
    expect(detail).toContain(
      "Clinical (10.20.30.7/24): 10.20.30.0/24 overlaps the parent's 10.0.0.0/8 (Corporate data centres)",
    );
  });

  it('says once how many networks cannot be checked, and says nothing without a plan', () => {
    const f = facts({ networks: [clinical, blank, vlanOnly] });
    const [unrecorded, ...more] = findings(f, 'network.address-unrecorded');
    expect(more).toEqual([]);
    expect(unrecorded?.severity).toBe('info');
    expect(unrecorded?.detail).toBe(
      '2 networks have no subnet recorded as an IPv4 prefix; overlap cannot be checked: Guest, Vendor ("VLAN 40").',
    );
    const noPlan = packWith({});
    expect(findings(f, 'network.address-unrecorded', noPlan)).toEqual([]);
    expect(findings(f, 'network.address-overlap', noPlan)).toEqual([]);
  });

  it('skips plan ranges it cannot read and says which', () => {
    const pack = packWith({ addressPlan: [{ cidr: 'corp-dc', name: 'bad' }, { cidr: '10.0.0.0/8' }] });
    const check = addressCheck(context(facts({ networks: [clinical] }), pack));
    expect(check.unreadable).toEqual(['corp-dc']);
    expect(check.networks[0]?.overlaps[0]?.range).toBe('10.0.0.0/8');
  });
});

describe('agent coverage', () => {
  const office = network({ name: 'Office', purpose: 'corporate' });
  const devices = network({ name: 'Devices', purpose: 'clinical' });
  const win11 = asset({ name: 'FRONTDESK', osVersion: 'Windows 11 Pro 23H2', networkId: office.id });
  const win7 = asset({ name: 'XRAY-PC', osVersion: 'Windows 7 Professional SP1', networkId: office.id });
  const pump = asset({
    name: 'PUMP-1',
    kind: 'medical-device',
    osVersion: 'Windows 10 IoT Enterprise LTSC 2021',
    networkId: devices.id,
    agentsAllowed: false,
  });
  const ecg = asset({
    name: 'ECG',
    kind: 'medical-device',
    osFamily: 'embedded',
    osVersion: '',
    networkId: devices.id,
  });
  const unknown = asset({ name: 'SPARE', osFamily: 'unknown', osVersion: '', networkId: office.id });
  const printer = asset({ name: 'PRINTER', kind: 'iot', osVersion: '', networkId: office.id });

  const base = {
    networks: [office, devices],
    assets: [win11, win7, pump, ecg, unknown, printer],
  };

  it('tells for each machine and required agent whether it runs, and why not', () => {
    const coverage = agentCoverage(context(facts(base)));
    const verdicts = Object.fromEntries(
      coverage.map((c) => [c.name, c.checks.map((k) => `${k.agent.id}:${k.verdict}:${k.reason}`)]),
    );
    expect(verdicts).toEqual({
      FRONTDESK: [
        expect.stringMatching(/^edr:runs:supports Windows 11/),
        expect.stringMatching(/^logs:runs:supports Windows 11/),
      ],
      'XRAY-PC': [
        'edr:cannot:Windows 7 is not among the systems it supports',
        expect.stringMatching(/^logs:runs:supports /),
      ],
      'PUMP-1': ['edr:cannot:the maker does not allow third-party agents'],
      ECG: ['edr:cannot:it does not run on an embedded OS'],
      SPARE: ['edr:unknown:OS not recorded', 'logs:unknown:OS not recorded'],
    });
    expect(coverage.map((c) => c.name)).not.toContain('PRINTER');
    expect(coverage.find((c) => c.name === 'PUMP-1')?.checks[0]?.byMaker).toBe(true);
  });

  it('leaves a medical device whose maker has not said unknown, even on an OS the agent supports', () => {
    const device = asset({
      kind: 'medical-device',
      name: 'US-1',
      osVersion: 'Windows 10 Pro 22H2',
      networkId: devices.id,
    });
    const [c] = agentCoverage(context(facts({ networks: [devices], assets: [device] })));
    expect(c?.checks[0]).toMatchObject({ verdict: 'unknown' });
    expect(c?.checks[0]?.reason).toContain("the maker's position on agents is not recorded");
    const allowed = { ...device, data: { ...device.data, agentsAllowed: true } };
    expect(agentCoverage(context(facts({ networks: [devices], assets: [allowed] })))[0]?.checks[0]?.verdict).toBe(
      'runs',
    );
  });

  it('counts a zone nothing reaches unrestricted as isolated, and passive monitoring as a control', () => {
    const allowOnly = flow(office.id, devices.id, { method: 'firewall-rule', services: ['hl7'] });
    const isolated = agentCoverage(context(facts({ ...base, flows: [allowOnly] })));
    expect(isolated.find((c) => c.name === 'PUMP-1')?.control).toMatchObject({ isolated: true, inPlace: true });
    expect(isolated.find((c) => c.name === 'XRAY-PC')?.control).toMatchObject({
      isolated: false,
      isolation: 'Office also holds office PCs',
    });
    const routed = flow(office.id, devices.id, { method: 'routed', services: ['any'] });
    const open = agentCoverage(context(facts({ ...base, flows: [routed] })));
    expect(open.find((c) => c.name === 'PUMP-1')?.control).toMatchObject({
      isolated: false,
      isolation: 'Office reaches Devices unrestricted',
      inPlace: false,
    });
    const monitored = agentCoverage(
      context(facts({ ...base, flows: [routed], answers: { 'network.monitoring': 'yes' } })),
    );
    expect(monitored.find((c) => c.name === 'PUMP-1')?.control).toMatchObject({ monitored: true, inPlace: true });
    const unreviewed = agentCoverage(
      context(facts({ ...base, flows: [routed], answers: { 'network.monitoring': 'unreviewed' } })),
    );
    expect(unreviewed.find((c) => c.name === 'PUMP-1')?.control.inPlace).toBe(false);
  });

  it('finds a machine an agent cannot run on with no control: High for EDR reachable from the parent, else Medium', () => {
    const parentIn = flow(PARENT_ZONE, office.id, { method: 'vpn', services: ['any'] });
    const found = findings(facts({ ...base, flows: [parentIn] }), 'endpoints.agent-not-covered');
    const byAsset = new Map(found.map((f) => [f.records[0], f]));
    expect(byAsset.get(win7.id)?.severity).toBe('high');
    expect(byAsset.get(win7.id)?.detail).toBe(
      "XRAY-PC (Windows 7 Professional SP1): cannot run Falcon EDR (Windows 7 is not among the systems it supports). No compensating control: it is not isolated (Office is reachable from the parent's network), and the network is not monitored passively with alerts someone reviews.",
    );
    // Devices is not reached by the parent, but routed from nothing: isolated.
    expect(byAsset.has(pump.id)).toBe(false);
    expect(byAsset.has(unknown.id)).toBe(false);
    expect(byAsset.has(win11.id)).toBe(false);
    const routed = flow(office.id, devices.id, { method: 'routed', services: ['any'] });
    const open = findings(facts({ ...base, flows: [routed] }), 'endpoints.agent-not-covered');
    expect(open.find((f) => f.records[0] === pump.id)?.severity).toBe('medium');
    expect(
      findings(
        facts({ ...base, flows: [parentIn], answers: { 'network.monitoring': 'yes' } }),
        'endpoints.agent-not-covered',
      ),
    ).toEqual([]);
  });

  it('requires nothing without agents in the pack', () => {
    expect(agentCoverage(context(facts(base), packWith({})))).toEqual([]);
  });
});
