import type { EntityData, EntityType } from '../../shared/model/entities';

/** One valid record of every kind, the ids tying them together. */
export function sampleData(clinicId: string, assessmentId: string, networkId: string): { [E in EntityType]: EntityData<E> } {
  return {
    clinic: {
      name: 'Riverside Family Practice',
      address: '12 Mill Lane, Springfield',
      acquisitionDate: '2026-09-01',
      parentEntity: 'Northwind Health',
      contacts: 'Dana Ruiz, office manager, 555-0134',
      archived: false,
    },
    assessment: { clinicId, title: 'Initial assessment', assessor: 'Sam Lee', startDate: '2026-11-20', endDate: '', status: 'draft', checklistVersion: '1' },
    asset: {
      assessmentId,
      kind: 'medical-device',
      name: 'ULTRASOUND-01',
      vendor: 'SonoCorp',
      model: 'S-200',
      serial: 'SN-99812',
      location: 'Exam room 2',
      osFamily: 'windows',
      osVersion: 'Windows 7 SP1',
      osEdition: 'Embedded Standard',
      ipAddress: '10.0.20.15',
      macAddress: '00:1B:44:11:3A:B7',
      networkId,
      storesPatientData: true,
      transmitsPatientData: true,
      vendorManaged: true,
      patchable: false,
      criticality: 'high',
      notes: 'Vendor says no patches past 2019.',
    },
    network: { assessmentId, name: 'Clinical LAN', vlan: 20, subnet: '10.0.20.0/24', purpose: 'clinical', connectsTo: [], internetAccess: true, firewalled: false, notes: '' },
    vendorAccess: { assessmentId, vendor: 'SonoCorp', method: 'remote-control-tool', tool: 'TeamViewer 12', availability: 'always-on', mfa: false, reachesNetworkIds: [networkId], notes: '' },
    link: { assessmentId, isp: 'Valley DSL', type: 'dsl', downMbps: 18.5, upMbps: 1.2, latencyMs: 41, jitterMs: 9, isBackup: false, notes: '' },
    application: { assessmentId, name: 'ChartWell EMR', version: '8.2', category: 'emr', hosting: 'on-premises', vendorSupported: false, storesPatientData: true, notes: '' },
    answer: { assessmentId, questionId: 'seg.flat-network', value: true, note: 'Single /24 for everything' },
    finding: {
      assessmentId,
      ruleId: 'os.end-of-support',
      title: 'Windows 7 on a medical device',
      severity: 'high',
      status: 'open',
      evidence: [networkId],
      recommendation: 'Isolate the device on its own VLAN.',
      statusNote: '',
    },
  };
}
