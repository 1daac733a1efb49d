import { z } from 'zod';
import { measurement, recordId, text } from './fields';
import { carriedFields } from './carriedRecord';

export const linkType = z.enum(['fiber', 'cable', 'dsl', 'cellular', 'satellite', 'fixed-wireless', 'other']);
export const linkTypeLabels: Record<z.infer<typeof linkType>, string> = {
  fiber: 'Fibre',
  cable: 'Cable',
  dsl: 'DSL',
  cellular: 'Cellular',
  satellite: 'Satellite',
  'fixed-wireless': 'Fixed wireless',
  other: 'Other',
};

export const linkData = z.object({
  assessmentId: recordId,
  isp: text(200),
  type: linkType,
  downMbps: measurement,
  upMbps: measurement,
  latencyMs: measurement,
  jitterMs: measurement,
  lossPercent: measurement.default(null),
  isBackup: z.boolean(),
  notes: text(2000),
  ...carriedFields,
});
export type Link = z.infer<typeof linkData>;
