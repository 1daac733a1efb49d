/**
 * Inventory carried over from the last visit: a new assessment of a known clinic may
 * start with a copy of the previous visit's records, each to confirm. These two fields
 * sit on every inventory record (assets, networks, vendor links, internet links,
 * applications, flows); records from before them read as typed here, confirmed.
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
  /** Carried records stay "to confirm" until the assessor confirms, edits or removes them. */
  confirmation: confirmation.default('confirmed'),
};

export interface Carried {
  carriedFrom: string;
  confirmation: Confirmation;
}

/** What a record entered during this visit holds. */
export const enteredNow: Carried = { carriedFrom: '', confirmation: 'confirmed' };

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
