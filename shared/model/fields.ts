/** Field schemas reused across the entities. */
import { z } from 'zod';

/** Free text, trimmed of nothing (assessors type as they go), bounded in length. */
export const text = (max = 500) => z.string().max(max);
/** A calendar date `YYYY-MM-DD`, or empty while unknown. */
export const isoDate = z.union([z.literal(''), z.iso.date()]);
/** Yes / no / not known yet. */
export const yesNoUnknown = z.boolean().nullable();
export const recordId = z.uuid();
/** A measurement that may not have been taken. */
export const measurement = z.number().finite().nonnegative().nullable();
