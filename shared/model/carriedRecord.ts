/**
 * Inventory carried over from the last visit: a new assessment of a known clinic may
 * start with a copy of the previous visit's records, each to confirm. These fields sit
 * on every inventory record (assets, networks, vendor links, internet links,
 * applications, flows, admin holders, patient data stores); records from before them
 * read as typed here, confirmed, and their own origin.
 */
import { z } from 'zod';

export const confirmation = z.enum(['confirmed', 'to-confirm']);
export type Confirmation = z.infer<typeof confirmation>;
export const confirmationLabels: Record<Confirmation, string> = {
  confirmed: 'Confirmed',
  'to-confirm': 'To confirm',
};

/** The fields spread into each inventory schema. */
export const carriedFields = {
  /** The id of the previous visit's record this one was copied from, or '' for a record entered now. */
  carriedFrom: z.string().max(100).default(''),
  /**
   * The id of the record first entered, on the clinic's first visit it was seen, that this
   * one descends from by carry-over; '' for a record entered now (its own id is its origin).
   * It keeps a record's lineage in a file that holds only the latest visit (file format 1.5).
   */
  originId: z.string().max(100).default(''),
  /** Carried records stay "to confirm" until the assessor confirms, edits or removes them. */
  confirmation: confirmation.default('confirmed'),
};

export interface Carried {
  carriedFrom: string;
  originId: string;
  confirmation: Confirmation;
}

/** What a record entered during this visit holds. */
export const enteredNow: Carried = { carriedFrom: '', originId: '', confirmation: 'confirmed' };

/**
 * What a copy of `source` carried into the next visit holds: it names its source, and its
 * source's origin (for a source carried before `originId` was kept, the record that one
 * was carried from, the furthest it knows).
 */
export const carriedFromRecord = (source: {
  id: string;
  data: { originId?: string; carriedFrom?: string };
}): Carried => ({
  carriedFrom: source.id,
  originId: source.data.originId || source.data.carriedFrom || source.id,
  confirmation: 'to-confirm',
});

export const isToConfirm = (data: { confirmation?: Confirmation }) => data.confirmation === 'to-confirm';

/** Of the records carried from the last visit, how many are still to confirm. */
export function confirmationProgress(records: readonly { data: Partial<Carried> }[]): {
  carried: number;
  toConfirm: number;
} {
  let carried = 0;
  let toConfirm = 0;
  for (const r of records) {
    if (r.data.carriedFrom) carried += 1;
    if (r.data.confirmation === 'to-confirm') toConfirm += 1;
  }
  return { carried, toConfirm };
}
