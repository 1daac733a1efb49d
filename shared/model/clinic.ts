import { z } from 'zod';
import { isoDate, text } from './fields';

export const clinicData = z.object({
  name: text(200),
  address: text(500),
  acquisitionDate: isoDate,
  parentEntity: text(200),
  /** Who to talk to on site: names, roles, phone numbers, as the assessor writes them. */
  contacts: text(2000),
  archived: z.boolean(),
});
export type Clinic = z.infer<typeof clinicData>;

export const emptyClinic: Clinic = {
  name: '',
  address: '',
  acquisitionDate: '',
  parentEntity: '',
  contacts: '',
  archived: false,
};
