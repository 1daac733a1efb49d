/**
 * Fast entry's writes: copies of a record with numbered names, and one field set on many
 * records; each in one transaction, all or nothing.
 */
import { entities, type EntityData } from '../../../shared/model/entities';
import { enteredNow } from '../../../shared/model/carriedRecord';
import { copiesProblem, numberedNames } from '../../../shared/model/numberedNames';
import { count } from '../../../shared/model/plural';
import { plainIssue } from '../../../shared/model/plainIssues';
import type { Repositories } from '../../db/repository';
import { patchMany } from '../../db/patchMany';
import { refuseIfIssued } from '../../db/issuedFreeze';
import type { Vault } from '../../db/vault';
import type { InventoryTab, InventoryType } from './inventoryTab';

/** What copies of `original` hold: numbered names after those in `siblings`, identifying fields blank. */
export function copiesOf<E extends InventoryType>(
  tab: InventoryTab<E>,
  original: EntityData<E>,
  siblings: readonly EntityData<E>[],
  copies: number,
  fallbackName: string,
): EntityData<E>[] {
  if (!tab.copy) throw new Error(`A ${tab.singular} cannot be duplicated.`);
  const key = tab.copy.name;
  const nameOf = (d: EntityData<E>) => String(d[key] ?? '');
  const names = numberedNames(nameOf(original) || fallbackName, copies, siblings.map(nameOf));
  // A copy is entered now: it is not a record carried from the last visit.
  return names.map((name) => ({ ...original, ...tab.copy?.clear, ...enteredNow, [key]: name }));
}

/** Adds `copiesText` copies of a record in one transaction; returns their names. */
export async function duplicateRecord<E extends InventoryType>(
  repos: Repositories,
  tab: InventoryTab<E>,
  original: EntityData<E>,
  siblings: readonly EntityData<E>[],
  copiesText: string,
  fallbackName: string,
): Promise<string[]> {
  const problem = copiesProblem(copiesText);
  if (problem) throw new Error(problem);
  const items = copiesOf(tab, original, siblings, Number(copiesText.trim()), fallbackName);
  const repo = repos[tab.type] as unknown as { createMany(items: EntityData<E>[]): Promise<unknown> };
  await repo.createMany(items);
  return items.map((d) => String(d[tab.copy!.name]));
}

/** Sets one field on every record of `ids` in one transaction; says how many changed. */
export async function editMany<E extends InventoryType>(
  vault: Vault,
  tab: InventoryTab<E>,
  assessmentId: string,
  ids: readonly string[],
  patch: Partial<EntityData<E>>,
): Promise<string> {
  const check = entities[tab.type].schema.safeParse({ ...tab.create(assessmentId), ...patch });
  if (!check.success) throw new Error(plainIssue(check.error, { what: tab.singular, input: patch }));
  await vault.use(() => refuseIfIssued(vault, assessmentId));
  const changed = await patchMany(vault, tab.type, ids, patch);
  const same = ids.length - changed;
  return `Changed ${count(changed, tab.singular)}${same ? `; ${count(same, 'other')} already had this value` : ''}.`;
}
