/** Field schemas reused across the entities. */
import { z } from 'zod';

/** Free text, trimmed of nothing (assessors type as they go), bounded in length. */
export const text = (max = 500) => z.string().max(max);
/** A calendar date `YYYY-MM-DD`, or empty while unknown. */
export const isoDate = z.union([z.literal(''), z.iso.date()]);
/** A UTC date-time ("2026-11-03T08:12:45.120Z"), or '' when not known. */
export const isoDateTime = z.union([z.literal(''), z.iso.datetime()]);
/** Yes / no / not known yet. */
export const yesNoUnknown = z.boolean().nullable();
export const recordId = z.uuid();
/** A measurement that may not have been taken. */
export const measurement = z.number().finite().nonnegative().nullable();
