import { describe, expect, it } from 'vitest';
import { derivedId } from '../../../../shared/model/derivedId';
import { flowData, PARENT_ZONE } from '../../../../shared/model/flow';
import { clearedLegacyFields, hasLegacyFlows, legacyFlowId, legacyFlowsOf } from '../../../../shared/model/legacyFlows';
import type { Network } from '../../../../shared/model/network';
import { enteredNow } from '../../../../shared/model/carriedRecord';

const assessmentId = '6f1c1a52-4b8e-4c1e-9a51-3f0b8f7d2a10';
const lan = '01911e01-6654-4975-957d-4322e012cfb9';
const wifi = 'ff6b030a-9629-4903-96d7-f68755dd3c7f';
const imaging = '325359c5-eea5-441c-9d5b-3f783c63e778';

const network = (id: string, patch: Partial<Network>) => ({
  id,
  data: {
    assessmentId,
    ...enteredNow,
    name: 'LAN',
    vlan: null,
    subnet: '',
    purpose: 'corporate',
    connectsTo: [],
    internetAccess: null,
    firewalled: null,
    reachableFromParent: null,
    notes: '',
    ...patch,
  } satisfies Network,
});

const stated = {
  ...enteredNow,
  services: ['any'],
  method: 'routed',
  knownBy: 'stated',
  status: 'in-place',
  encrypted: null,
  approvedBy: '',
  approvalReason: '',
  notes: '',
  observedConnections: 0,
  firstSeen: '',
  lastSeen: '',
};

describe('flows from the network fields of before model v2', () => {
  it('turns "can reach" into flows from the network, and "reachable from the parent" into a flow from the parent zone', async () => {
    const flows = await legacyFlowsOf(network(lan, { connectsTo: [wifi, imaging], reachableFromParent: true }));
    expect(flows.map((f) => f.data)).toEqual([
      { assessmentId, from: lan, to: wifi, ...stated },
      { assessmentId, from: lan, to: imaging, ...stated },
      { assessmentId, from: PARENT_ZONE, to: lan, ...stated },
    ]);
    for (const f of flows) expect(flowData.parse(f.data)).toEqual(f.data);
  });

  it('derives each id from the two ends, the same on every laptop', async () => {
    const once = await legacyFlowsOf(network(lan, { connectsTo: [wifi], reachableFromParent: true }));
    const again = await legacyFlowsOf(
      network(lan, { connectsTo: [wifi], reachableFromParent: true, name: 'Renamed on another laptop' }),
    );
    expect(again.map((f) => f.id)).toEqual(once.map((f) => f.id));
    expect(once.map((f) => f.id)).toEqual([
      await derivedId('legacy-flow', lan, wifi),
      await derivedId('legacy-flow', PARENT_ZONE, lan),
    ]);
    expect(await legacyFlowId(lan, wifi)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // Direction matters: the Wi-Fi reaching the LAN is another flow.
    expect(await legacyFlowId(wifi, lan)).not.toBe(await legacyFlowId(lan, wifi));
  });

  it('gives nothing for a network that states nothing, and drops repeats and the network itself', async () => {
    expect(await legacyFlowsOf(network(lan, {}))).toEqual([]);
    expect(await legacyFlowsOf(network(lan, { reachableFromParent: false }))).toEqual([]);
    expect(hasLegacyFlows(network(lan, { reachableFromParent: false }).data)).toBe(false);
    expect((await legacyFlowsOf(network(lan, { connectsTo: [wifi, wifi, lan] }))).map((f) => f.data.to)).toEqual([
      wifi,
    ]);
  });

  it('empties only the fields that became flows; "the parent cannot reach it" has no flow and stays', () => {
    expect(clearedLegacyFields(network(lan, { connectsTo: [wifi], reachableFromParent: true }).data)).toEqual({
      connectsTo: [],
      reachableFromParent: null,
    });
    expect(clearedLegacyFields(network(lan, { connectsTo: [wifi], reachableFromParent: false }).data)).toEqual({
      connectsTo: [],
    });
    expect(clearedLegacyFields(network(lan, { reachableFromParent: true }).data)).toEqual({
      reachableFromParent: null,
    });
    expect(clearedLegacyFields(network(lan, {}).data)).toEqual({});
  });
});
