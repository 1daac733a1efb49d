/**
 * A realistic, fully answered sample assessment, so a new user sees every feature at
 * once: Windows XP and 7 medical devices, an imaging modality, an infusion pump fleet
 * on the staff Wi-Fi, a flat network shared with office PCs, an always-on vendor VPN
 * and thin broadband. Used by "Load sample clinic" and, later, the command line.
 */
import type { AnswerValue } from '../checklists/question';
import { CHECKLIST_VERSION } from '../checklists/checklist';
import type { Application } from '../model/application';
import type { Assessment } from '../model/assessment';
import { emptyAsset, type Asset } from '../model/asset';
import type { Clinic } from '../model/clinic';
import type { Flow } from '../model/flow';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';

export interface SampleAssessment {
  clinic: { id: string; data: Clinic };
  assessment: { id: string; data: Assessment };
  networks: { id: string; data: Network }[];
  assets: { id: string; data: Asset }[];
  vendorLinks: { id: string; data: VendorAccess }[];
  links: { id: string; data: Link }[];
  applications: { id: string; data: Application }[];
  flows: { id: string; data: Flow }[];
  answers: [questionId: string, value: AnswerValue, note: string][];
}

/** The sample clinic's name: the app finds an existing sample by it rather than loading a second. */
export const SAMPLE_CLINIC_NAME = 'Lakeside Family Health (sample)';

export function sampleClinic(newId: () => string, today: string): SampleAssessment {
  const clinicId = newId();
  const assessmentId = newId();
  const lan = newId();
  const wifi = newId();
  const guest = newId();
  const base = (over: Partial<Asset>): { id: string; data: Asset } => ({
    id: newId(),
    data: { ...emptyAsset(assessmentId), networkId: lan, vendorManaged: false, patchable: true, connection: 'wired', patchedBy: 'clinic', safeToScan: true, ...over },
  });
  const device = (over: Partial<Asset>) => base({ kind: 'medical-device', vendorManaged: true, patchable: null, patchedBy: 'vendor', criticality: 'high', storesPatientData: true, transmitsPatientData: true, ...over });
  const pumps = Array.from({ length: 6 }, (_, i) =>
    device({
      name: `PUMP-${String(i + 1).padStart(2, '0')}`, deviceType: 'Infusion pump', vendor: 'InfuCare', model: 'IC-3000', serial: `IC3-4410${i}`, location: i < 3 ? 'Infusion suite' : 'Treatment room 2',
      osFamily: 'embedded', osVersion: 'VxWorks 6.9', firmware: '2.4.1', ipAddress: `192.168.1.${150 + i}`, networkId: wifi, connection: 'wifi', storesPatientData: false, defaultCredentialsChanged: false, safeToScan: false, criticality: 'critical',
    }),
  );
  const xray = device({ name: 'XRAY-ACQ', deviceType: 'Digital X-ray acquisition', vendor: 'RadiView', model: 'DR-500', serial: 'RV5-22871', osVersion: 'Windows XP Embedded', firmware: '3.1', ipAddress: '192.168.1.40', location: 'X-ray room', regulatoryBlocksUpgrade: true, defaultCredentialsChanged: false, vendorSupportEnds: '2023-06-30', safeToScan: false });
  return {
    clinic: {
      id: clinicId,
      data: { name: SAMPLE_CLINIC_NAME, address: '48 Harbour Road, Lakeside', acquisitionDate: '2026-09-01', parentEntity: 'Northwind Health Partners', contacts: 'Dana Ruiz, practice manager, 555-0134; on-call clinician: Dr. Amir Patel, 555-0199', archived: false },
    },
    assessment: { id: assessmentId, data: { clinicId, title: 'Sample: pre-integration assessment', assessor: 'Sample assessor', startDate: today, endDate: '', status: 'draft', checklistVersion: CHECKLIST_VERSION } },
    networks: [
      { id: lan, data: { assessmentId, name: 'Clinic LAN', vlan: null, subnet: '192.168.1.0/24', purpose: 'corporate', connectsTo: [wifi], internetAccess: true, firewalled: false, reachableFromParent: true, notes: 'One flat /24: front desk, exam rooms, X-ray, ultrasound and ECG all share it. Planned site-to-site VPN to Northwind.' } },
      { id: wifi, data: { assessmentId, name: 'Staff Wi-Fi', vlan: null, subnet: '192.168.1.0/24', purpose: 'clinical', connectsTo: [lan], internetAccess: true, firewalled: false, reachableFromParent: true, notes: 'Bridged into the LAN; WPA2 shared key unchanged since 2019. Infusion pumps join it.' } },
      { id: guest, data: { assessmentId, name: 'Guest Wi-Fi', vlan: null, subnet: '192.168.2.0/24', purpose: 'guest', connectsTo: [], internetAccess: true, firewalled: true, reachableFromParent: false, notes: '' } },
    ],
    assets: [
      base({ name: 'FRONTDESK-01', vendor: 'Dell', model: 'OptiPlex 7060', osVersion: 'Windows 10 Pro 22H2', ipAddress: '192.168.1.21', location: 'Reception', storesPatientData: true }),
      base({ name: 'FRONTDESK-02', vendor: 'Dell', model: 'OptiPlex 7060', osVersion: 'Windows 10 Pro 22H2', ipAddress: '192.168.1.22', location: 'Reception', storesPatientData: true }),
      base({ name: 'EXAM-PC-1', vendor: 'HP', model: 'EliteDesk 800 G1', osVersion: 'Windows 7 Professional SP1', ipAddress: '192.168.1.31', location: 'Exam room 1', storesPatientData: true }),
      base({ name: 'PM-SRV', kind: 'server', vendor: 'Dell', model: 'PowerEdge T320', osVersion: 'Windows Server 2008 R2 Standard 7601 Service Pack 1', ipAddress: '192.168.1.5', location: 'Back office', storesPatientData: true, criticality: 'high' }),
      xray,
      device({ name: 'ULTRASOUND-1', deviceType: 'Ultrasound', vendor: 'SonoCorp', model: 'S-200', serial: 'SN-99812', osVersion: 'Windows Embedded Standard 7 SP1', ipAddress: '192.168.1.41', location: 'Exam room 2', regulatoryBlocksUpgrade: true, defaultCredentialsChanged: true, vendorSupportEnds: '2027-12-31', safeToScan: true }),
      device({ name: 'ECG-CART', deviceType: 'ECG cart', vendor: 'CardioLine', model: 'CL-12', osVersion: 'Microsoft Windows XP Professional Service Pack 3', ipAddress: '192.168.1.42', location: 'Exam room 3', defaultCredentialsChanged: null, safeToScan: false }),
      ...pumps,
    ],
    vendorLinks: [
      { id: newId(), data: { assessmentId, vendor: 'RadiView Imaging', method: 'vpn', tool: 'Site-to-site IPsec to RadiView support', availability: 'always-on', mfa: false, reachesNetworkIds: [lan, wifi], sessionLogging: false, sharedAccount: true, baaOnFile: false, reachesAssetIds: [], farSide: 'vendor-network', notes: 'Tunnel terminates on the clinic router; no filtering after it.' } },
      { id: newId(), data: { assessmentId, vendor: 'BrightDesk IT (MSP)', method: 'remote-control-tool', tool: 'TeamViewer', availability: 'on-demand', mfa: true, reachesNetworkIds: [lan], sessionLogging: true, sharedAccount: false, baaOnFile: true, reachesAssetIds: [], farSide: 'vendor-cloud', notes: '' } },
    ],
    links: [{ id: newId(), data: { assessmentId, isp: 'Valley DSL', type: 'dsl', downMbps: 18.5, upMbps: 1.2, latencyMs: 48, jitterMs: 35, lossPercent: 1.5, isBackup: false, notes: 'Speed test from FRONTDESK-01 at 10:30 on a Tuesday.' } }],
    applications: [
      { id: newId(), data: { assessmentId, name: 'CloudChart EMR', version: '2026.3', category: 'emr', hosting: 'vendor-cloud', vendorSupported: true, storesPatientData: true, adminAccess: 'Shared "admin" login used by three staff', notes: '' } },
      { id: newId(), data: { assessmentId, name: 'PracticeMate PM', version: '6.2', category: 'practice-management', hosting: 'on-premises', vendorSupported: false, storesPatientData: true, adminAccess: 'Vendor only', notes: 'Runs on PM-SRV.' } },
    ],
    flows: [],
    answers: [
      ['profile.sites', 1, ''], ['profile.staff', 14, 'Busiest on Tuesdays'], ['profile.workstations', 9, ''], ['profile.emr-in-use', true, ''], ['profile.emr-hosting', 'vendor-cloud', ''],
      ['profile.it-support', 'msp', ''], ['profile.msp-name', 'BrightDesk IT, TeamViewer on request', ''], ['profile.prior-incidents', true, ''], ['profile.incident-details', 'Phishing in 2024 led to a compromised email account; password reset only.', ''], ['profile.cyber-insurance', false, ''],
      ['endpoints.inventory-recorded', true, ''], ['endpoints.patching', 'manual', ''], ['endpoints.last-patch-days', 210, 'EXAM-PC-1 never patched since 2020'], ['endpoints.local-admin', true, ''], ['endpoints.shared-accounts', true, 'Front desk shares one login'],
      ['endpoints.disk-encryption', 'none', ''], ['endpoints.edr', 'antivirus', ''], ['endpoints.usb', true, ''],
      ['devices.present', true, ''], ['devices.recorded', true, ''], ['devices.mds2-on-file', 'some', ''], ['devices.kinds', ['imaging', 'infusion', 'ecg'], ''], ['devices.vendor-patching', 'vendor', ''], ['devices.default-credentials', 'some', ''], ['devices.fragile', true, 'RadiView warns scans can hang the acquisition software'],
      ['network.recorded', true, ''], ['network.medical-device-networks', [lan, wifi], ''], ['network.flat', true, ''], ['network.firewall-between', 'no', ''], ['network.guest-wifi-isolated', true, ''], ['network.parent-reachable', 'planned', ''], ['network.firewall-managed', 'consumer', 'ISP-supplied router'],
      ['vendor.any', true, ''], ['vendor.recorded', true, ''], ['vendor.session-logging', 'none', ''], ['vendor.shared-accounts', true, ''], ['vendor.baa', 'some', ''],
      ['connectivity.recorded', true, ''], ['connectivity.telehealth', true, ''], ['connectivity.telehealth-concurrent', 2, ''], ['connectivity.vpn-to-parent', 'yes', ''], ['connectivity.packet-loss', 1.5, ''], ['connectivity.outage-plan', false, ''],
      ['apps.recorded', true, ''], ['apps.admin-holders', 'everyone', ''], ['apps.mfa', 'no', ''], ['apps.audit-log', false, ''],
      ['wireless.wifi-security', 'wpa2-personal', ''], ['wireless.devices-on-wifi', true, ''], ['wireless.devices-separate-ssid', false, ''], ['wireless.rf-equipment', true, 'Pacemaker programmer in the cardiology room'], ['wireless.rf-secured', 'restricted', ''],
      ['scanning.window-agreed', true, ''], ['scanning.window', 'Sunday 02:00-05:00 local time', ''], ['scanning.approver', 'Dana Ruiz, practice manager', ''], ['scanning.excluded-devices', [xray.id], 'Pumps and ECG cart still to be confirmed with the vendors'], ['scanning.exclusions-listed', false, ''], ['scanning.passive', ['span', 'mds2'], ''], ['scanning.rollback', 'RadiView 24/7 line 800-555-0110', ''],
      ['governance.asset-inventory', false, ''], ['governance.backups', 'online-only', 'USB disk on PM-SRV'], ['governance.incident-contacts', false, ''], ['governance.risk-analysis', 'none', ''], ['governance.training', false, ''],
    ],
  };
}
