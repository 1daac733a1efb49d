/** What an inventory tab is: the kind it lists, its columns, search words and form. */
import type { ReactNode } from 'react';
import type { EntityData } from '../../../shared/model/entities';
import type { FieldSpec, FieldValue } from './fieldSpec';

export type InventoryType =
  'asset' | 'network' | 'vendorAccess' | 'flow' | 'link' | 'application' | 'adminAccount' | 'ephiStore';

export interface Lookup {
  networkName(id: string | null): string;
  /** The name of any record or built-in zone a flow can start or end at. */
  nameOf(id: string): string;
  assessmentDate: string;
}

export interface Column<T> {
  header: string;
  cell(data: T, lookup: Lookup): ReactNode;
  /** Short values kept on one line. */
  nowrap?: boolean;
  /** A fixed width (CSS) for values of a known length, such as an IPv4 address. */
  width?: string;
  /** Two short lines in the row's height (a name over its status badge). */
  stacked?: boolean;
  /** Left out of a window under 1200 px wide, so the columns that remain keep room to be read. */
  dropWhenNarrow?: boolean;
  /** What the column sorts by, where its cell is not plain text. */
  sort?(data: T, lookup: Lookup): string | number;
}

export interface InventoryTab<E extends InventoryType> {
  type: E;
  id: string;
  label: string;
  singular: string;
  fields: FieldSpec<EntityData<E>>[];
  create(assessmentId: string): EntityData<E>;
  columns: Column<EntityData<E>>[];
  /** The words a search matches. */
  text(data: EntityData<E>, lookup: Lookup): string;
  title(data: EntityData<E>, lookup: Lookup): string;
  /** A warning above the form, such as a flow that does not go anywhere yet. */
  warning?(value: FieldValue<EntityData<E>>): string | undefined;
  /** Why a new record cannot be saved yet (a missing name), in one sentence; undefined when it can. */
  missing?(data: EntityData<E>): string | undefined;
  /**
   * How copies are made: the field their numbered name goes in, and the identifying fields
   * left blank, with what they are in words ("addresses and serial numbers").
   */
  copy?: { name: keyof EntityData<E> & string; clear: Partial<EntityData<E>>; cleared?: string };
  /** Fields the next new record keeps from the one just saved with Enter (kind, network, location, OS). */
  sticky?: readonly (keyof EntityData<E> & string)[];
  /** What the tab shows while it lists nothing: why the records matter. */
  empty?: string;
  /** Fields that may be set on many selected records at once (never a name or an address). */
  bulk?: readonly (keyof EntityData<E> & string)[];
}
