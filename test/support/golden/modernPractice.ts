/**
 * Golden clinic 3: a modern practice: LTSC PCs, Macs kept current, an Ubuntu server on
 * ESM, implant programmers locked away, and an approved DICOM-over-TLS flow to and from
 * the parent's image archive. An expert raises little here, and nothing about the
 * approved integration flow.
 */
import { INTERNET_ZONE, PARENT_ZONE } from '../../../shared/model/flow';
import { application, asset, facts, flow, link, network } from '../assessmentFacts';
import type { GoldenClinic } from './goldenClinic';

export function modernPractice(): GoldenClinic {
  const clinical = network({ name: 'Clinical VLAN', vlan: 40, subnet: '10.40.40.0/24', purpose: 'clinical', internetAccess: false, firewalled: true });
  const office = network({ name: 'Office VLAN', vlan: 10, subnet: '10.40.10.0/24', purpose: 'corporate', internetAccess: true, firewalled: true });
  const patient = network({ name: 'Patient Wi-Fi', vlan: 90, subnet: '172.16.40.0/24', purpose: 'patient', internetAccess: true, firewalled: true });
  const emr = application({ name: 'Helix EMR', category: 'emr', hosting: 'vendor-cloud', storesPatientData: true });
  const approved = { approvedBy: 'Northwind integration board', approvalReason: 'Ultrasound studies to the central archive (ticket INT-214)', encrypted: true, knownBy: 'tested' as const };
  const pc = (n: number) => asset({ name: `EXAM-${n}`, osVersion: 'Windows 10 Enterprise LTSC 2021', networkId: office.id, ipAddress: `10.40.10.${20 + n}`, storesPatientData: true, lastSecurityUpdate: '2026-11-11' });
  const mac = asset({ name: 'MANAGER-MAC', osFamily: 'macos', osVersion: 'macOS Sonoma 14.8', networkId: office.id, ipAddress: '10.40.10.50', lastSecurityUpdate: '2026-11-04' });
  const ubuntu = asset({ name: 'FILES-01', kind: 'server', osFamily: 'linux', osVersion: 'Ubuntu 20.04.6 LTS', networkId: office.id, ipAddress: '10.40.10.5', esuCoverage: 'enrolled', esuUntil: '2030-04-30', lastSecurityUpdate: '2026-11-18', storesPatientData: true });
  const ultrasound = asset({ name: 'US-1', kind: 'medical-device', deviceType: 'Ultrasound', vendor: 'SonoCorp', osVersion: 'Windows 10 IoT Enterprise LTSC 2021', networkId: clinical.id, ipAddress: '10.40.40.11', patchedBy: 'clinic', patchable: true, storesPatientData: true, safeToScan: true, defaultCredentialsChanged: true });
  const programmer = asset({ name: 'PACER-PROG', kind: 'medical-device', deviceType: 'Pacemaker programmer', vendor: 'CardioRhythm', osFamily: 'embedded', connection: 'rf', physicalExposure: 'locked-room', patchedBy: 'clinic', patchable: true, safeToScan: true });
  return {
    name: 'Cedar Grove Health',
    facts: facts({
      networks: [clinical, office, patient],
      assets: [pc(1), pc(2), pc(3), mac, ubuntu, ultrasound, programmer],
      applications: [emr],
      vendorLinks: [],
      flows: [
        flow(clinical.id, PARENT_ZONE, { method: 'firewall-rule', services: ['dicom-tls'], ...approved }),
        flow(PARENT_ZONE, ultrasound.id, { method: 'firewall-rule', services: ['dicom-tls'], ...approved }),
        flow(office.id, INTERNET_ZONE, { method: 'routed', knownBy: 'tested' }),
        flow(patient.id, INTERNET_ZONE, { method: 'routed', knownBy: 'tested' }),
      ],
      links: [link({ type: 'fiber', downMbps: 300, upMbps: 300 }), link({ type: 'cellular', downMbps: 60, upMbps: 20, isBackup: true })],
      answers: { 'profile.staff': 10, 'profile.emr-hosting': 'vendor-cloud', 'connectivity.telehealth': true, 'connectivity.telehealth-concurrent': 2, 'connectivity.outage-plan': true, 'wireless.rf-equipment': true, 'wireless.rf-secured': 'locked', 'network.firewall-between': 'yes', 'network.parent-reachable': 'now' },
    }),
    mustRaise: [{ rule: 'os.extended-only', record: ubuntu.id, severity: 'low' }],
    mustNotRaise: [
      { rule: 'os.unsupported', why: 'every OS is supported: LTSC 2021, a Mac with this month\'s update, Ubuntu on ESM' },
      { rule: 'os.esu-unconfirmed', why: 'the Ubuntu server\'s ESM enrolment is recorded' },
      { rule: 'network.parent-reaches-devices', why: 'the only flow from the parent is the approved DICOM-over-TLS flow' },
      { rule: 'network.clinical-protocol-exposed', why: 'the DICOM flows are approved, restricted and encrypted' },
      { rule: 'vendor.bridges-corporate', why: 'no vendor link' },
      { rule: 'network.flat', why: 'devices have their own VLAN' },
      { rule: 'network.guest-not-isolated', why: 'the patient Wi-Fi reaches only the internet' },
      { rule: 'connectivity.no-backup', why: 'a backup link is in place' },
      { rule: 'wireless.rf-unsecured', why: 'the programmers are locked away' },
      { rule: 'devices.physically-exposed', why: 'the programmer is in a locked room' },
      { rule: 'os.updates-not-installed', why: 'every machine has this month\'s updates' },
    ],
  };
}
