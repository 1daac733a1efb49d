/**
 * A new assessment of a clinic, empty or started from the last visit: the previous
 * assessment's inventory carried over, each record to confirm (shared/compare/carryOver.ts).
 * The assessment and every carried record are written in ONE transaction, or nothing is.
 */
import { CHECKLIST_VERSION } from '../../../shared/checklists/checklist';
import { carryOver, carryOverAdmins, carryOverEphi, type CarriedCounts } from '../../../shared/compare/carryOver';
import { priorChoice } from '../../../shared/compare/priorAssessment';
import { countChanges } from '../../../shared/merge/mergePlan';
import { assessmentData, type Assessment } from '../../../shared/model/assessment';
import type { z } from 'zod';
import type { RecordedInventory } from '../../../shared/model/assessmentRecords';
import { entities, type EntityType } from '../../../shared/model/entities';
import { createVersioned } from '../../../shared/model/versionedRecord';
import type { WithId } from '../../../shared/model/withId';
import { loadInventory } from '../../db/assessmentRecords';
import { commitImport, type PlanItem } from '../../db/importExport';
import type { Repositories } from '../../db/repository';
import type { Vault } from '../../db/vault';
import { countLive } from '../../db/liveCounts';
import type { AssessorDatabase } from '../../db/database';

export interface LastVisit {
  assessment: WithId<Assessment>;
  /** What starting from it carries over: its inventory and its admin register. */
  counts: CarriedCounts & { adminAccounts: number; ephiStores: number };
}

const plain = <T>(r: { id: string; data: T }) => ({ id: r.id, data: r.data });

/** A new draft, in the schema's input form (fields with defaults take them). */
function newAssessment(clinicId: string, today: string): Assessment {
  return assessmentData.parse({
    clinicId,
    title: `Assessment ${today}`,
    assessor: '',
    startDate: today,
    endDate: '',
    status: 'draft',
    checklistVersion: CHECKLIST_VERSION,
  } satisfies z.input<typeof assessmentData>);
}

const kindTypes: [keyof RecordedInventory, EntityType][] = [
  ['networks', 'network'],
  ['applications', 'application'],
  ['assets', 'asset'],
  ['vendorLinks', 'vendorAccess'],
  ['links', 'link'],
  ['flows', 'flow'],
];

/** The clinic's last visit (the latest that started before today, else the latest), or undefined for a first visit. */
export async function lastVisitOf(
  db: AssessorDatabase,
  repos: Repositories,
  clinicId: string,
  today: string,
): Promise<LastVisit | undefined> {
  const all = (await repos.assessment.list(clinicId)).map(plain);
  const choice = priorChoice({ id: '', data: newAssessment(clinicId, today) }, all);
  const assessment = choice.candidates.find((a) => a.id === choice.defaultId) ?? choice.candidates[0];
  if (!assessment) return undefined;
  const counts = await Promise.all(
    [...kindTypes, ['adminAccounts', 'adminAccount'] as const, ['ephiStores', 'ephiStore'] as const].map(
      async ([kind, type]) => [kind, await countLive(db, type, assessment.id)],
    ),
  );
  return { assessment, counts: Object.fromEntries(counts) as LastVisit['counts'] };
}

export interface StartOptions {
  clinicId: string;
  today: string;
  /** The assessment whose inventory to carry over; none starts empty. */
  fromId?: string;
  newId?: () => string;
}

/** Creates the assessment, with the inventory of `fromId` carried over when given; returns its id. */
export async function startAssessment(vault: Vault, repos: Repositories, options: StartOptions): Promise<string> {
  const { clinicId, today, fromId, newId = () => crypto.randomUUID() } = options;
  const id = newId();
  const item = (type: EntityType, recordId: string, data: unknown): PlanItem => ({
    type,
    merged: createVersioned(recordId, entities[type].schema.parse(data) as object, vault.nextWrite()),
    change: 'added',
    conflicts: [],
    expectedUpdated: undefined,
  });
  const items = [item('assessment', id, newAssessment(clinicId, today))];
  if (fromId) {
    const carried = carryOver(await loadInventory(repos, fromId), id, newId);
    for (const [kind, type] of kindTypes) for (const r of carried[kind]) items.push(item(type, r.id, r.data));
    for (const r of carryOverAdmins(await repos.adminAccount.list(fromId), id, newId))
      items.push(item('adminAccount', r.id, r.data));
    for (const r of carryOverEphi(await repos.ephiStore.list(fromId), carried, id, newId))
      items.push(item('ephiStore', r.id, r.data));
  }
  await vault.use(() => commitImport(vault, { items, counts: countChanges(items) }));
  return id;
}
