/**
 * Every kind of record, its data schema and the foreign key that scopes it. The
 * repositories, the merge and the file format all work from this one table.
 */
import type { z } from 'zod';
import { answerData } from './answer';
import { applicationData } from './application';
import { assessmentData } from './assessment';
import { assetData } from './asset';
import { clinicData } from './clinic';
import { findingData } from './finding';
import { flowData } from './flow';
import { linkData } from './link';
import { networkData } from './network';
import { vendorAccessData } from './vendorAccess';
import { adminAccountData } from './adminAccount';
import { targetFlowData } from './targetFlow';
import { indicatorData } from './indicator';
import { evidenceData } from './evidence';
import { planItemData } from './planItem';
import { ephiStoreData } from './ephiStore';
import { practiceData } from './practice';

export const entities = {
  clinic: { schema: clinicData, parent: null },
  assessment: { schema: assessmentData, parent: 'clinicId' },
  asset: { schema: assetData, parent: 'assessmentId' },
  network: { schema: networkData, parent: 'assessmentId' },
  vendorAccess: { schema: vendorAccessData, parent: 'assessmentId' },
  link: { schema: linkData, parent: 'assessmentId' },
  application: { schema: applicationData, parent: 'assessmentId' },
  flow: { schema: flowData, parent: 'assessmentId' },
  answer: { schema: answerData, parent: 'assessmentId' },
  finding: { schema: findingData, parent: 'assessmentId' },
  adminAccount: { schema: adminAccountData, parent: 'assessmentId' },
  targetFlow: { schema: targetFlowData, parent: 'assessmentId' },
  indicator: { schema: indicatorData, parent: 'assessmentId' },
  evidence: { schema: evidenceData, parent: 'assessmentId' },
  planItem: { schema: planItemData, parent: 'assessmentId' },
  ephiStore: { schema: ephiStoreData, parent: 'assessmentId' },
  practice: { schema: practiceData, parent: 'assessmentId' },
} as const;

export type EntityType = keyof typeof entities;
export type EntityData<E extends EntityType> = z.infer<(typeof entities)[E]['schema']>;
export const entityTypes = Object.keys(entities) as EntityType[];

/** What each kind of record is called, on screens and on the command line. */
export const entityTypeLabels: Record<EntityType, string> = {
  clinic: 'Clinic',
  assessment: 'Assessment',
  asset: 'Asset',
  network: 'Network',
  vendorAccess: 'Vendor link',
  link: 'Internet link',
  application: 'Application',
  flow: 'Flow',
  answer: 'Answer',
  finding: 'Finding record',
  adminAccount: 'Admin holder',
  targetFlow: 'Target flow',
  indicator: 'Compromise indicator',
  evidence: 'Evidence',
  planItem: 'Plan item',
  ephiStore: 'Patient data store',
  practice: 'HICP practice',
};

/** What a record of each kind is called in a count, singular: "13 devices, 2 vendor links". */
export const entityNouns: Record<EntityType, string> = {
  clinic: 'clinic',
  assessment: 'assessment',
  asset: 'device',
  network: 'network',
  vendorAccess: 'vendor link',
  link: 'internet link',
  application: 'application',
  flow: 'flow',
  answer: 'checklist answer',
  finding: 'finding',
  adminAccount: 'admin holder',
  targetFlow: 'target flow',
  indicator: 'compromise indicator',
  evidence: 'evidence item',
  planItem: 'plan item',
  ephiStore: 'patient data store',
  practice: 'HICP practice',
};
