import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../../shared/rules/context';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { builtInPack } from '../../../../shared/reference/contentPack';
import { integrationFit } from '../../../../shared/report/reportIntegrationFit';
import { asset, facts, network } from '../../../support/assessmentFacts';
import { northwindProfile, packWith } from '../../../support/packWith';

const office = network({ name: 'Office', subnet: '10.1.2.0/24' });
const guest = network({ name: 'Guest', subnet: '192.168.50.0/24', purpose: 'guest' });
const pcs = Array.from({ length: 9 }, (_, i) =>
  asset({ name: `PC-${i + 1}`, osVersion: 'Windows 11 Pro 23H2', networkId: office.id }),
);
const old = asset({ name: 'XRAY-PC', osVersion: 'Windows 7 Professional SP1', networkId: office.id });
const records = facts({
  networks: [office, guest],
  assets: [...pcs, old],
  answers: { 'network.parent-reachable': 'now' },
});

describe('the address plan and agent coverage chapter', () => {
  it('says what to do without a pack', () => {
    const fit = integrationFit(buildContext(records, osSupport, builtInPack));
    expect(fit.plan).toBe("No address plan in force: import the parent's content pack in Settings.");
    expect(fit.agents).toBe("No required agents in force: import the parent's content pack in Settings.");
    expect(fit.networks.map((n) => n.against)).toEqual(['No plan to check against', 'No plan to check against']);
    expect(fit.coverage).toEqual([]);
  });

  it('shows the overlap and groups alike machines into one compact row', () => {
    const fit = integrationFit(buildContext(records, osSupport, packWith(northwindProfile)));
    expect(fit.plan).toBe(
      "The parent's address plan: 10.0.0.0/8 (Corporate data centres), 172.16.0.0/16 (Hospital campus).",
    );
    expect(fit.networks).toEqual([
      {
        name: 'Office',
        subnet: '10.1.2.0/24',
        against: "10.1.2.0/24 overlaps the parent's 10.0.0.0/8 (Corporate data centres): 10.1.2.0/24 is in both",
      },
      { name: 'Guest', subnet: '192.168.50.0/24', against: 'No overlap' },
    ]);
    expect(fit.agents).toBe('The parent requires: Falcon EDR, Log forwarder.');
    expect(fit.coverage).toHaveLength(2);
    expect(fit.coverage[0]).toEqual({
      machines: `9 machines: ${pcs.map((p) => p.data.name).join(', ')}`,
      os: 'Windows 11 Pro 23H2',
      agents: 'All agents run',
      control: 'Not needed',
    });
    expect(fit.coverage[1]).toMatchObject({
      machines: 'XRAY-PC',
      agents: 'Falcon EDR: Cannot run (Windows 7 is not among the systems it supports)\nLog forwarder: Runs',
      control: "None in place: Not isolated (Office is reachable from the parent's network); network not monitored",
    });
  });
});
