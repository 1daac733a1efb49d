import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor, type Repositories } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import {
  deleteWithFlows,
  deletionImpact,
  impactOf,
  impactSentences,
} from '../../../../renderer/features/inventory/deleteWithFlows';
import { newApplication, newNetwork, newVendorAccess } from '../../../../renderer/features/inventory/inventoryKinds';
import { emptyAsset, type Asset } from '../../../../shared/model/asset';
import { emptyFlow, INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import type { Network } from '../../../../shared/model/network';
import type { VendorAccess } from '../../../../shared/model/vendorAccess';
import { derive, freshDatabase } from '../../../support/testDatabase';
import { notYetReviewed } from '../../../../shared/model/assessmentIssue';

let key: CryptoKey;
let db: ReturnType<typeof freshDatabase>;

beforeAll(async () => {
  db = freshDatabase();
  key = await createKeyring(db, 'correct horse battery staple', derive);
});

/** A clinic with two zones, a server, a PC with a device plugged in, a vendor link and flows between them. */
async function imagingClinic() {
  const repos: Repositories = repositoriesFor(await Vault.open(db, key));
  const clinic = await repos.clinic.create({
    name: 'Harbour Imaging',
    address: '',
    acquisitionDate: '',
    parentEntity: '',
    contacts: '',
    archived: false,
  });
  const assessment = await repos.assessment.create({
    clinicId: clinic.id,
    title: 'Visit',
    assessor: '',
    startDate: '2026-11-20',
    endDate: '',
    status: 'draft',
    ...notYetReviewed,
    phase: 'integration',
    checklistVersion: '1',
  });
  const a = assessment.id;
  const network = (name: string, patch: Partial<Network> = {}) =>
    repos.network.create({ ...newNetwork(a), name, ...patch });
  const asset = (name: string, patch: Partial<Asset> = {}) => repos.asset.create({ ...emptyAsset(a), name, ...patch });
  const link = (vendor: string, patch: Partial<VendorAccess> = {}) =>
    repos.vendorAccess.create({ ...newVendorAccess(a), vendor, ...patch });
  const flow = (from: string, to: string) => repos.flow.create(emptyFlow(a, from, to));

  const imaging = await network('Imaging VLAN', { purpose: 'clinical' });
  const office = await network('Office VLAN');
  const pacs = await repos.application.create({ ...newApplication(a), name: 'PACS' });
  const emr = await repos.application.create({ ...newApplication(a), name: 'EMR' });
  const server = await asset('PACS-SRV', { networkId: imaging.id, hostsApplicationIds: [pacs.id, emr.id] });
  const pc = await asset('CT-CONSOLE', { networkId: imaging.id });
  const dongle = await asset('DOSE-METER', { networkId: null, attachedToAssetId: pc.id });
  const desk = await asset('FRONT-DESK', { networkId: office.id });
  const vendor = await link('MedScan Service', {
    method: 'vpn',
    reachesNetworkIds: [imaging.id, office.id],
    reachesAssetIds: [pc.id, server.id],
  });
  const flows = {
    imagingToParent: await flow(imaging.id, PARENT_ZONE),
    officeToImaging: await flow(office.id, imaging.id),
    officeToInternet: await flow(office.id, INTERNET_ZONE),
    vendorToPc: await flow(vendor.id, pc.id),
    deskToServer: await flow(desk.id, server.id),
    vendorToImaging: await flow(vendor.id, imaging.id),
  };
  return { repos, a, imaging, office, pacs, emr, server, pc, dongle, desk, vendor, flows };
}

type Clinic = Awaited<ReturnType<typeof imagingClinic>>;

async function liveFlows({ repos, a }: Clinic) {
  return (await repos.flow.list(a)).map((f) => f.id).sort();
}

describe('deleting an inventory record takes what hangs on it', () => {
  it('a network: its flows are tombstoned, assets on it lose it, vendor links stop reaching it', async () => {
    const c = await imagingClinic();
    const impact = await deletionImpact(c.repos, c.a, 'network', c.imaging.id);
    expect(impact.flows.sort()).toEqual(
      [c.flows.imagingToParent.id, c.flows.officeToImaging.id, c.flows.vendorToImaging.id].sort(),
    );
    expect(impactSentences('network', impact)).toEqual([
      'This also deletes 3 flows from and to it.',
      '2 assets on it are left without a network.',
      '1 vendor link no longer reaches it.',
    ]);

    expect(await deleteWithFlows(c.repos, c.a, 'network', c.imaging.id)).toEqual({ flows: 3, updated: 3 });
    expect((await c.repos.network.get(c.imaging.id))?.deleted).toBeTruthy();
    expect(await liveFlows(c)).toEqual(
      [c.flows.officeToInternet.id, c.flows.vendorToPc.id, c.flows.deskToServer.id].sort(),
    );
    // Tombstones, not erasures: the deletion travels in a merge.
    for (const id of impact.flows) expect((await c.repos.flow.get(id))?.deleted).toBeTruthy();
    expect((await c.repos.asset.get(c.server.id))?.data.networkId).toBeNull();
    expect((await c.repos.asset.get(c.pc.id))?.data.networkId).toBeNull();
    expect((await c.repos.asset.get(c.desk.id))?.data.networkId).toBe(c.office.id);
    expect((await c.repos.vendorAccess.get(c.vendor.id))?.data.reachesNetworkIds).toEqual([c.office.id]);
    expect((await c.repos.vendorAccess.get(c.vendor.id))?.data.reachesAssetIds).toEqual([c.pc.id, c.server.id]);
    // Nothing is left to do: a second run finds nothing.
    expect(await deletionImpact(c.repos, c.a, 'network', c.imaging.id)).toEqual({
      flows: [],
      assets: [],
      vendorLinks: [],
      networks: [],
    });
  });

  it('an asset: its flows go, devices plugged into it are unplugged, vendor links no longer land on it', async () => {
    const c = await imagingClinic();
    const impact = await deletionImpact(c.repos, c.a, 'asset', c.pc.id);
    expect(impactSentences('asset', impact)).toEqual([
      'This also deletes 1 flow from and to it.',
      '1 device plugged into it is left plugged into nothing.',
      '1 vendor link no longer lands on it.',
    ]);
    expect(await deleteWithFlows(c.repos, c.a, 'asset', c.pc.id)).toEqual({ flows: 1, updated: 2 });
    expect((await c.repos.flow.get(c.flows.vendorToPc.id))?.deleted).toBeTruthy();
    expect(await liveFlows(c)).toHaveLength(5);
    expect((await c.repos.asset.get(c.dongle.id))?.data.attachedToAssetId).toBeNull();
    const vendor = await c.repos.vendorAccess.get(c.vendor.id);
    expect(vendor?.data.reachesAssetIds).toEqual([c.server.id]);
    expect(vendor?.data.reachesNetworkIds).toEqual([c.imaging.id, c.office.id]);
  });

  it('a vendor link: the flows from it go, nothing else changes', async () => {
    const c = await imagingClinic();
    expect(await deleteWithFlows(c.repos, c.a, 'vendorAccess', c.vendor.id)).toEqual({ flows: 2, updated: 0 });
    expect(await liveFlows(c)).toEqual(
      [
        c.flows.imagingToParent.id,
        c.flows.officeToImaging.id,
        c.flows.officeToInternet.id,
        c.flows.deskToServer.id,
      ].sort(),
    );
    expect((await c.repos.asset.get(c.pc.id))?.data.networkId).toBe(c.imaging.id);
  });

  it('an application: hosts no longer name it; no flow ends at an application', async () => {
    const c = await imagingClinic();
    const impact = await deletionImpact(c.repos, c.a, 'application', c.pacs.id);
    expect(impactSentences('application', impact)).toEqual(['1 asset no longer hosts it.']);
    expect(await deleteWithFlows(c.repos, c.a, 'application', c.pacs.id)).toEqual({ flows: 0, updated: 1 });
    expect((await c.repos.asset.get(c.server.id))?.data.hostsApplicationIds).toEqual([c.emr.id]);
    expect(await liveFlows(c)).toHaveLength(6);
  });

  it('a record nothing points at is deleted alone, and the confirmation adds nothing', async () => {
    const c = await imagingClinic();
    const spare = await c.repos.network.create({ ...newNetwork(c.a), name: 'Spare' });
    const impact = await deletionImpact(c.repos, c.a, 'network', spare.id);
    expect(impactSentences('network', impact)).toEqual([]);
    expect(await deleteWithFlows(c.repos, c.a, 'network', spare.id)).toEqual({ flows: 0, updated: 0 });
    expect(await liveFlows(c)).toHaveLength(6);
    // Flows and internet links have nothing hanging on them.
    expect(await deleteWithFlows(c.repos, c.a, 'flow', c.flows.officeToInternet.id)).toEqual({ flows: 0, updated: 0 });
    expect(await liveFlows(c)).toHaveLength(5);
  });

  it('a deletion that stopped half-way finishes when run again', async () => {
    const c = await imagingClinic();
    // The record went, the rest did not (the app closed in between).
    await c.repos.network.remove(c.imaging.id);
    expect(await deleteWithFlows(c.repos, c.a, 'network', c.imaging.id)).toEqual({ flows: 3, updated: 3 });
    expect(await liveFlows(c)).toHaveLength(3);
  });
});

describe('impactOf', () => {
  const a = crypto.randomUUID();
  it("drops a deleted network from the older networks' connectsTo, and never patches the deleted record itself", () => {
    const [lan, wifi] = [crypto.randomUUID(), crypto.randomUUID()];
    const impact = impactOf('network', lan, {
      flows: [],
      assets: [],
      vendorLinks: [],
      networks: [
        { id: lan, data: { ...newNetwork(a), connectsTo: [lan] } },
        { id: wifi, data: { ...newNetwork(a), connectsTo: [lan, crypto.randomUUID()] } },
      ],
    });
    expect(impact.networks).toHaveLength(1);
    expect(impact.networks[0]?.id).toBe(wifi);
    expect(impact.networks[0]?.patch.connectsTo).not.toContain(lan);
    expect(impactSentences('network', impact)).toEqual([]);
  });

  it('does not count a flow from and to the record twice', () => {
    const pc = crypto.randomUUID();
    const flow = { id: crypto.randomUUID(), data: emptyFlow(a, pc, pc) };
    expect(impactOf('asset', pc, { flows: [flow], assets: [], vendorLinks: [], networks: [] }).flows).toEqual([
      flow.id,
    ]);
  });
});
