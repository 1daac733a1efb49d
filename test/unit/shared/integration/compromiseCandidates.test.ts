import { describe, expect, it } from 'vitest';
import { indicatorData } from '../../../../shared/model/indicator';
import {
  candidateKey,
  compromiseCandidates,
  toolNamed,
  undecided,
} from '../../../../shared/integration/compromiseCandidates';
import { clearanceProblem } from '../../../../shared/integration/indicatorClearance';
import { ASSESSMENT, asset, network, vendorLink } from '../../../support/assessmentFacts';

const lan = network({ name: 'Clinical LAN' });
const us = asset({
  name: 'ULTRASOUND-01',
  networkId: lan.id,
  remoteAccess: 'VNC on 5900/tcp, VNC on 5901/tcp, SSH on 22/tcp',
});
const pc = asset({ name: 'RECEPTION-PC', networkId: lan.id, remoteAccess: 'RDP on 3389/tcp, TeamViewer on 5938/tcp' });
const zoneOf = (id: string) => [us, pc].find((a) => a.id === id)?.data.networkId ?? null;

describe('compromise candidates', () => {
  it('names remote-control tools and ignores other services', () => {
    expect(toolNamed('TeamViewer on 5938/tcp')).toBe('TeamViewer');
    expect(toolNamed('ms-wbt-server')).toBe('RDP');
    expect(toolNamed('Apple Remote Desktop on 3283/tcp')).toBe('Apple Remote Desktop');
    expect(toolNamed('ConnectWise Control')).toBe('ScreenConnect');
    expect(toolNamed('SSH on 22/tcp')).toBeNull();
  });

  it('lists one candidate per device and tool, explained by a vendor link whose tool matches and reaches it', () => {
    const sono = vendorLink({
      vendor: 'SonoCorp',
      method: 'remote-control-tool',
      tool: 'RealVNC',
      reachesAssetIds: [us.id],
    });
    const wrongTool = vendorLink({ vendor: 'Billing', tool: 'AnyDesk', reachesNetworkIds: [lan.id] });
    const viaNetwork = vendorLink({ vendor: 'MSP', tool: 'TeamViewer', reachesNetworkIds: [lan.id] });
    const found = compromiseCandidates({
      assets: [us, pc],
      vendorLinks: [sono, wrongTool, viaNetwork],
      indicators: [],
      zoneOf,
    });
    expect(found.map((c) => [c.tool, c.service, c.explainedBy.map((l) => l.data.vendor)])).toEqual([
      ['VNC', 'VNC on 5900/tcp, VNC on 5901/tcp', ['SonoCorp']],
      ['RDP', 'RDP on 3389/tcp', []],
      ['TeamViewer', 'TeamViewer on 5938/tcp', ['MSP']],
    ]);
    expect(undecided(found).map((c) => c.key)).toEqual([candidateKey(pc.id, 'RDP')]);
  });

  it('is decided once an indicator carries its key', () => {
    const raised = {
      id: crypto.randomUUID(),
      data: indicatorData.parse({
        assessmentId: ASSESSMENT,
        kind: 'remote-tool',
        description: 'RDP on 3389/tcp',
        assetId: pc.id,
        source: 'scan',
        sourceKey: candidateKey(pc.id, 'RDP'),
      }),
    };
    const found = compromiseCandidates({ assets: [pc], vendorLinks: [], indicators: [raised], zoneOf });
    expect(found.find((c) => c.tool === 'RDP')?.indicator?.id).toBe(raised.id);
    expect(undecided(found).map((c) => c.tool)).toEqual(['TeamViewer']);
  });
});

describe('clearing an indicator', () => {
  const draft = {
    clearedBy: 'Sam Lee',
    clearedAt: '2026-11-28',
    clearance: 'SonoCorp service laptop, confirmed with the practice manager',
  };
  it('needs who, a day not in the future and a real reason', () => {
    expect(clearanceProblem(draft, '2026-11-28')).toBeNull();
    expect(clearanceProblem({ ...draft, clearedBy: ' ' }, '2026-11-28')).toBe('Say who cleared it.');
    expect(clearanceProblem({ ...draft, clearedAt: '2026-12-01' }, '2026-11-28')).toMatch(/future/);
    expect(clearanceProblem({ ...draft, clearance: 'ok' }, '2026-11-28')).toMatch(/^Say why it is benign/);
    expect(clearanceProblem({ ...draft, clearance: 'looks fine' }, '2026-11-28')).toMatch(/^Say why it is benign/);
  });
});
