import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import {
  inventoryImport,
  reviewCounts,
  type InventoryImportView,
} from '../../../../renderer/features/inventory/importInventoryFile';
import { fixtureFile } from '../../../support/fixtureFiles';
import { dialogsPerTest, inProcessScanWorker } from '../../../support/inProcessWorkers';
import { freshDatabase } from '../../../support/testDatabase';
import { notYetReviewed } from '../../../../shared/model/assessmentIssue';

const tempDialogs = dialogsPerTest('clinic-assessor-inventory-');

async function assessment() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', deriveKeyBytes));
  const repos = repositoriesFor(vault);
  const clinic = await repos.clinic.create({
    name: 'Lakeside',
    address: '',
    acquisitionDate: '',
    parentEntity: '',
    contacts: '',
    archived: false,
  });
  const visit = await repos.assessment.create({
    clinicId: clinic.id,
    title: 'First visit',
    assessor: 'Dana',
    startDate: '2026-11-28',
    endDate: '',
    status: 'draft',
    ...notYetReviewed,
    phase: 'integration',
    checklistVersion: '1',
  });
  const { dir, dialogs } = await tempDialogs();
  const views: InventoryImportView[] = [];
  const importer = inventoryImport(
    {
      vault,
      assessment: { id: visit.id, date: '2026-11-28' },
      platform: dialogs.platform,
      worker: inProcessScanWorker,
    },
    (v) => views.push(v),
  );
  return { db, repos, assessmentId: visit.id, dir, dialogs, importer, views };
}

describe('importing an inventory file through the use case', { timeout: 60_000 }, () => {
  it('reads a real nmap scan, reviews every host up, saves them, and a second import of it adds nothing', async () => {
    const a = await assessment();
    a.dialogs.answer(fixtureFile('nmap', 'full_sudo6.xml'));
    const review = (await a.importer.choose('nmap')).state;
    if (review.step !== 'review') throw new Error(`not in review: ${JSON.stringify(a.importer.view.error)}`);
    expect(a.views.some((v) => v.state.step === 'reading')).toBe(true);
    const counts = reviewCounts(review);
    expect(counts.up).toBeGreaterThan(0);
    expect(counts).toMatchObject({ matched: 0, chosen: counts.up });
    expect(await a.repos.asset.list(a.assessmentId)).toEqual([]);

    const done = (await a.importer.save()).state;
    expect(done).toMatchObject({ step: 'done', name: 'full_sudo6.xml', added: counts.up, updated: 0 });
    const assets = await a.repos.asset.list(a.assessmentId);
    expect(assets.map((x) => x.data.name).sort()).toEqual(review.rows.map((r) => r.proposed.name).sort());
    expect((await a.repos.network.list(a.assessmentId)).length).toBe(done.step === 'done' ? done.networksAdded : -1);

    const again = (await a.importer.choose('nmap')).state;
    if (again.step !== 'review') throw new Error('not in review');
    expect(reviewCounts(again).matched).toBe(counts.up);
    expect((await a.importer.save()).state).toMatchObject({ step: 'done', added: 0, networksAdded: 0 });
    expect(await a.repos.asset.list(a.assessmentId)).toHaveLength(assets.length);
  });

  it('imports only the chosen devices', async () => {
    const a = await assessment();
    a.dialogs.answer(fixtureFile('nmap', 'full_sudo6.xml'));
    await a.importer.choose('nmap');
    a.importer.setAll((c) => ({ ...c, import: false }));
    a.importer.setChoice(0, { import: true, acceptKind: false, sameDevice: true });
    expect((await a.importer.save()).state).toMatchObject({ step: 'done', added: 1 });
    expect(await a.repos.asset.list(a.assessmentId)).toHaveLength(1);
  });

  it('maps a CSV list, remembers the mapping for that source, and refuses a broken file in one sentence', async () => {
    const a = await assessment();
    const csv = path.join(a.dir, 'msp-assets.csv');
    await writeFile(
      csv,
      'Name,IP,MAC,OS,Vendor,Model,Serial,Room\nXRAY-ACQ,192.168.5.20,00:11:22:33:44:55,Windows XP Embedded,Carestream,DRX-1,CS-991,Radiology\nPUMP-7,,,,Acme,Infusion Pump 3000,P7,Ward\n',
    );
    a.dialogs.answer(csv);
    const mapping = (await a.importer.choose('csv')).state;
    if (mapping.step !== 'mapping') throw new Error('not mapping');
    expect(mapping.mapping).toMatchObject({ name: 0, ipAddress: 1 });
    a.importer.setMapping({ ...mapping.mapping, location: undefined });
    const review = (await a.importer.reviewCsv()).state;
    if (review.step !== 'review') throw new Error('not in review');
    expect(review.rows.map((r) => r.proposed.name)).toEqual(['XRAY-ACQ', 'PUMP-7']);
    // The review says which column each field was read from, and why; the location left out is not there.
    expect(review.columns?.slice(0, 2)).toEqual([
      'Name: “Name”, exact header',
      'IP address: “IP”, exact header and 100 % of values are IPv4 addresses',
    ]);
    expect(review.columns?.join(' ')).not.toContain('Room');
    expect((await a.importer.save()).state).toMatchObject({ step: 'done', added: 2 });
    const [xray] = (await a.repos.asset.list(a.assessmentId)).filter((x) => x.data.name === 'XRAY-ACQ');
    expect(xray?.data.kind).toBe('medical-device');

    // The same source again: the mapping chosen last time, not the guess.
    await a.importer.choose('csv');
    expect(a.importer.view.state).toMatchObject({ step: 'mapping' });
    expect((a.importer.view.state as { mapping: object }).mapping).not.toHaveProperty('location');

    a.dialogs.answer(fixtureFile('nmap', 'defused_et_local_includer.xml'));
    const refused = await a.importer.choose('nmap');
    expect(refused.state.step).toBe('idle');
    expect(refused.error).toMatch(/^[A-Z].*\.$/);
  });
});
