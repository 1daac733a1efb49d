/**
 * A realistic, fully answered sample assessment, so a new user sees every feature at
 * once: Windows XP and 7 medical devices, an imaging modality, an infusion pump fleet
 * on the staff Wi-Fi, a spirometer on an exam PC's USB port, a cardiac monitor that goes
 * home with patients, one flat network that the staff and guest Wi-Fi are bridged onto,
 * an always-on vendor VPN, the MSP's TeamViewer on named PCs, RDP forwarded from the
 * internet to the practice-management server, a planned site-to-site VPN to the parent,
 * one approved DICOM-over-TLS flow to the parent's archive, and thin broadband.
 * Every answer agrees with the records but one: the practice manager believes the guest
 * Wi-Fi is isolated, and the recorded bridge shows it is not (the checklist flags it).
 * Used by "Load sample clinic" and the command line's `demo`.
 */
import type { AnswerValue } from '../checklists/question';
import { CHECKLIST_VERSION, type QuestionId } from '../checklists/checklist';
import type { Application } from '../model/application';
import type { Assessment } from '../model/assessment';
import { emptyAsset, type Asset } from '../model/asset';
import type { Clinic } from '../model/clinic';
import { emptyFlow, INTERNET_ZONE, PARENT_ZONE, type Flow } from '../model/flow';
import type { Link } from '../model/link';
import type { Network } from '../model/network';
import type { VendorAccess } from '../model/vendorAccess';
import { enteredNow } from '../model/carriedRecord';
import { notYetReviewed } from '../model/assessmentIssue';
import type { AdminAccount } from '../model/adminAccount';
import { sampleAdminAccounts, sampleIdentityAnswers } from './sampleIdentity';
import type { EphiStore } from '../model/ephiStore';
import type { HicpPractice, PracticeState } from '../model/practice';
import { sampleEphiStores, samplePractices } from './sampleEphi';

export interface SampleAssessment {
  clinic: { id: string; data: Clinic };
  assessment: { id: string; data: Assessment };
  networks: { id: string; data: Network }[];
  assets: { id: string; data: Asset }[];
  vendorLinks: { id: string; data: VendorAccess }[];
  links: { id: string; data: Link }[];
  applications: { id: string; data: Application }[];
  flows: { id: string; data: Flow }[];
  answers: [questionId: QuestionId, value: AnswerValue, note: string][];
  /** The identity and administration register. */
  adminAccounts: { id: string; data: AdminAccount }[];
  /** Where patient data lives. */
  ephiStores: { id: string; data: EphiStore }[];
  /** The HICP practices recorded: [practice, state, in place since, notes] (ids derive from the assessment). */
  practices: [practice: HicpPractice, state: PracticeState, since: string, notes: string][];
}

/** The sample clinic's name: the app finds an existing sample by it rather than loading a second. */
export const SAMPLE_CLINIC_NAME = 'Lakeside Family Health (sample)';

export function sampleClinic(newId: () => string, today: string): SampleAssessment {
  const sample = sampleRecordsOf(newId, today);
  return {
    ...sample,
    ephiStores: sampleEphiStores(newId, sample.assessment.id, [...sample.assets, ...sample.applications]),
    practices: samplePractices(today),
  };
}

function sampleRecordsOf(newId: () => string, today: string): Omit<SampleAssessment, 'ephiStores' | 'practices'> {
  const clinicId = newId();
  const assessmentId = newId();
  const lan = newId();
  const wifi = newId();
  const guest = newId();
  const pmApp = newId();
  const base = (over: Partial<Asset>): { id: string; data: Asset } => ({
    id: newId(),
    data: {
      ...emptyAsset(assessmentId),
      networkId: lan,
      vendorManaged: false,
      patchable: true,
      connection: 'wired',
      patchedBy: 'clinic',
      safeToScan: true,
      ...over,
    },
  });
  const device = (over: Partial<Asset>) =>
    base({
      kind: 'medical-device',
      vendorManaged: true,
      patchable: null,
      patchedBy: 'vendor',
      criticality: 'high',
      storesPatientData: true,
      transmitsPatientData: true,
      ...over,
    });
  const flow = (from: string, to: string, over: Partial<Flow>): { id: string; data: Flow } => ({
    id: newId(),
    data: { ...emptyFlow(assessmentId, from, to), ...over },
  });
  const pumps = Array.from({ length: 6 }, (_, i) =>
    device({
      name: `PUMP-${String(i + 1).padStart(2, '0')}`,
      deviceType: 'Infusion pump',
      vendor: 'InfuCare',
      model: 'IC-3000',
      serial: `IC3-4410${i}`,
      location: i < 3 ? 'Infusion suite' : 'Treatment room 2',
      osFamily: 'embedded',
      osVersion: 'VxWorks 6.9',
      firmware: '2.4.1',
      ipAddress: `192.168.1.${150 + i}`,
      networkId: wifi,
      connection: 'wifi',
      storesPatientData: false,
      defaultCredentialsChanged: false,
      safeToScan: false,
      criticality: 'critical',
    }),
  );
  const frontDesk = (n: number) =>
    base({
      name: `FRONTDESK-0${n}`,
      vendor: 'Dell',
      model: 'OptiPlex 7060',
      osVersion: 'Windows 10 Pro 22H2',
      ipAddress: `192.168.1.2${n}`,
      location: 'Reception',
      storesPatientData: true,
      esuCoverage: 'unknown',
      notes: 'Nobody could say whether the ESU licence was bought.',
    });
  const [front1, front2] = [frontDesk(1), frontDesk(2)];
  const exam = base({
    name: 'EXAM-PC-1',
    vendor: 'HP',
    model: 'EliteDesk 800 G1',
    osVersion: 'Windows 7 Professional SP1',
    ipAddress: '192.168.1.31',
    location: 'Exam room 1',
    storesPatientData: true,
  });
  const pmServer = base({
    name: 'PM-SRV',
    kind: 'server',
    vendor: 'Dell',
    model: 'PowerEdge T320',
    osVersion: 'Windows Server 2008 R2 Standard 7601 Service Pack 1',
    ipAddress: '192.168.1.5',
    location: 'Back office',
    storesPatientData: true,
    criticality: 'high',
    hostsApplicationIds: [pmApp],
  });
  const xray = device({
    name: 'XRAY-ACQ',
    deviceType: 'Digital X-ray acquisition',
    vendor: 'RadiView',
    model: 'DR-500',
    serial: 'RV5-22871',
    osVersion: 'Windows XP Embedded',
    firmware: '3.1',
    ipAddress: '192.168.1.40',
    location: 'X-ray room',
    regulatoryBlocksUpgrade: true,
    defaultCredentialsChanged: false,
    vendorSupportEnds: '2023-06-30',
    safeToScan: false,
  });
  const ultrasound = device({
    name: 'ULTRASOUND-1',
    deviceType: 'Ultrasound',
    vendor: 'SonoCorp',
    model: 'S-200',
    serial: 'SN-99812',
    osVersion: 'Windows Embedded Standard 7 SP1',
    ipAddress: '192.168.1.41',
    location: 'Exam room 2',
    regulatoryBlocksUpgrade: true,
    defaultCredentialsChanged: true,
    vendorSupportEnds: '2027-12-31',
    safeToScan: true,
  });
  const spirometer = device({
    name: 'SPIRO-1',
    deviceType: 'Spirometer',
    vendor: 'BreathWorks',
    model: 'SpiroLink 2',
    serial: 'BW-20417',
    osFamily: 'embedded',
    firmware: '1.8',
    networkId: null,
    connection: 'none',
    attachedToAssetId: exam.id,
    attachedVia: 'usb',
    location: 'Exam room 1',
    transmitsPatientData: false,
    notes: "USB to EXAM-PC-1; results go into the PC's spirometry software.",
  });
  const homeMonitor = device({
    name: 'HOME-ECG-1',
    deviceType: 'Ambulatory cardiac monitor',
    vendor: 'HeartTrace',
    model: 'HT-7',
    serial: 'HT7-0093',
    osFamily: 'embedded',
    firmware: '4.0.2',
    networkId: null,
    connection: 'bluetooth',
    physicalExposure: 'with-patient',
    location: 'Lent to patients for 14-day recordings',
    safeToScan: null,
    notes: "Pairs with the patient's phone, which uploads to HeartTrace's cloud.",
  });
  return {
    clinic: {
      id: clinicId,
      data: {
        name: SAMPLE_CLINIC_NAME,
        address: '48 Harbour Road, Lakeside',
        acquisitionDate: '2026-09-01',
        parentEntity: 'Northwind Health Partners',
        contacts: 'Dana Ruiz, practice manager, 555-0134; on-call clinician: Dr. Amir Patel, 555-0199',
        archived: false,
      },
    },
    assessment: {
      id: assessmentId,
      data: {
        clinicId,
        title: 'Sample: pre-integration assessment',
        assessor: 'Sample assessor',
        startDate: today,
        endDate: '',
        status: 'draft',
        ...notYetReviewed,
        phase: 'integration',
        checklistVersion: CHECKLIST_VERSION,
      },
    },
    networks: [
      {
        id: lan,
        data: {
          assessmentId,
          ...enteredNow,
          name: 'Clinic LAN',
          vlan: null,
          subnet: '192.168.1.0/24',
          purpose: 'corporate',
          connectsTo: [],
          internetAccess: true,
          firewalled: false,
          reachableFromParent: null,
          notes: 'One flat /24: front desk, exam rooms, X-ray, ultrasound and ECG all share it.',
        },
      },
      {
        id: wifi,
        data: {
          assessmentId,
          ...enteredNow,
          name: 'Staff Wi-Fi',
          vlan: null,
          subnet: '192.168.1.0/24',
          purpose: 'clinical',
          connectsTo: [],
          internetAccess: true,
          firewalled: false,
          reachableFromParent: null,
          notes: 'Bridged into the LAN; WPA2 shared key unchanged since 2019. Infusion pumps join it.',
        },
      },
      {
        id: guest,
        data: {
          assessmentId,
          ...enteredNow,
          name: 'Guest Wi-Fi',
          vlan: null,
          subnet: '192.168.1.0/24',
          purpose: 'guest',
          connectsTo: [],
          internetAccess: true,
          firewalled: false,
          reachableFromParent: null,
          notes: 'The ISP router\'s "guest" SSID, bridged onto the LAN: a phone on it got 192.168.1.87.',
        },
      },
    ],
    assets: [
      front1,
      front2,
      exam,
      pmServer,
      xray,
      ultrasound,
      device({
        name: 'ECG-CART',
        deviceType: 'ECG cart',
        vendor: 'CardioLine',
        model: 'CL-12',
        osVersion: 'Microsoft Windows XP Professional Service Pack 3',
        ipAddress: '192.168.1.42',
        location: 'Exam room 3',
        defaultCredentialsChanged: null,
        safeToScan: false,
      }),
      ...pumps,
      spirometer,
      homeMonitor,
    ],
    vendorLinks: [
      {
        id: newId(),
        data: {
          assessmentId,
          ...enteredNow,
          vendor: 'RadiView Imaging',
          method: 'vpn',
          tool: 'Site-to-site IPsec to RadiView support',
          availability: 'always-on',
          mfa: false,
          reachesNetworkIds: [lan, wifi],
          sessionLogging: false,
          sharedAccount: true,
          baaOnFile: false,
          reachesAssetIds: [],
          farSide: 'vendor-network',
          notes:
            "Tunnel terminates on the clinic router; no filtering after it. The far end is RadiView's support network.",
        },
      },
      {
        id: newId(),
        data: {
          assessmentId,
          ...enteredNow,
          vendor: 'BrightDesk IT (MSP)',
          method: 'remote-control-tool',
          tool: 'TeamViewer',
          availability: 'on-demand',
          mfa: true,
          reachesNetworkIds: [],
          sessionLogging: true,
          sharedAccount: false,
          baaOnFile: true,
          reachesAssetIds: [front1.id, front2.id, pmServer.id],
          farSide: 'vendor-cloud',
          notes: 'Installed on the front desk PCs and PM-SRV.',
        },
      },
    ],
    links: [
      {
        id: newId(),
        data: {
          assessmentId,
          ...enteredNow,
          isp: 'Valley DSL',
          type: 'dsl',
          downMbps: 18.5,
          upMbps: 1.2,
          latencyMs: 48,
          jitterMs: 35,
          lossPercent: 1.5,
          isBackup: false,
          notes: 'Speed test from FRONTDESK-01 at 10:30 on a Tuesday.',
        },
      },
    ],
    applications: [
      {
        id: newId(),
        data: {
          assessmentId,
          ...enteredNow,
          name: 'CloudChart EMR',
          version: '2026.3',
          category: 'emr',
          hosting: 'vendor-cloud',
          vendorSupported: true,
          storesPatientData: true,
          adminAccess: 'Shared "admin" login used by three staff',
          notes: '',
        },
      },
      {
        id: pmApp,
        data: {
          assessmentId,
          ...enteredNow,
          name: 'PracticeMate PM',
          version: '6.2',
          category: 'practice-management',
          hosting: 'on-premises',
          vendorSupported: false,
          storesPatientData: true,
          adminAccess: 'Vendor only',
          notes: 'Runs on PM-SRV.',
        },
      },
    ],
    flows: [
      flow(wifi, lan, {
        method: 'physical-bridge',
        knownBy: 'observed',
        notes: 'The access point bridges the staff SSID onto the LAN: same subnet, same DHCP.',
      }),
      flow(guest, lan, {
        method: 'physical-bridge',
        knownBy: 'tested',
        notes: 'The ISP router puts its guest SSID on the LAN: from a phone on it, PM-SRV answered on RDP.',
      }),
      flow(lan, INTERNET_ZONE, { method: 'routed', knownBy: 'observed' }),
      flow(INTERNET_ZONE, pmServer.id, {
        method: 'firewall-rule',
        services: ['rdp'],
        knownBy: 'tested',
        notes:
          'Port forward 3389 on the ISP router so the owner can work from home; RDP answered from a phone hotspot.',
      }),
      flow(lan, PARENT_ZONE, {
        method: 'vpn',
        status: 'planned',
        encrypted: true,
        notes: "Northwind's site-to-site VPN, planned for Q1 2027: email, directory and monitoring.",
      }),
      flow(PARENT_ZONE, lan, {
        method: 'vpn',
        status: 'planned',
        encrypted: true,
        notes: "The same planned VPN, from Northwind's side: its routes reach the whole LAN.",
      }),
      flow(ultrasound.id, PARENT_ZONE, {
        method: 'firewall-rule',
        services: ['dicom-tls'],
        knownBy: 'tested',
        encrypted: true,
        approvedBy: 'Northwind integration board',
        approvalReason: 'Ultrasound studies to the central image archive (ticket INT-311)',
        notes: "Over the internet to Northwind's DICOM TLS gateway; the router allows it for the ultrasound only.",
      }),
    ],
    adminAccounts: sampleAdminAccounts(newId, assessmentId),
    answers: [
      ['profile.sites', 1, ''],
      ['profile.staff', 14, 'Busiest on Tuesdays'],
      ['profile.workstations', 9, ''],
      ['profile.emr-in-use', true, ''],
      ['profile.emr-hosting', 'vendor-cloud', ''],
      ['profile.it-support', 'msp', ''],
      ['profile.msp-name', 'BrightDesk IT, TeamViewer on request', ''],
      ['profile.prior-incidents', true, ''],
      ['profile.incident-details', 'Phishing in 2024 led to a compromised email account; password reset only.', ''],
      ['profile.cyber-insurance', false, ''],
      ['endpoints.inventory-recorded', true, ''],
      ['endpoints.patching', 'manual', ''],
      ['endpoints.last-patch-days', 210, 'EXAM-PC-1 never patched since 2020'],
      ['endpoints.local-admin', true, ''],
      ['endpoints.shared-accounts', true, 'Front desk shares one login'],
      ['endpoints.disk-encryption', 'none', ''],
      ['endpoints.edr', 'antivirus', ''],
      ['endpoints.usb', true, ''],
      ['devices.present', true, ''],
      ['devices.recorded', true, ''],
      ['devices.mds2-on-file', 'some', ''],
      ['devices.kinds', ['imaging', 'infusion', 'ecg', 'other'], 'Spirometer on EXAM-PC-1'],
      ['devices.vendor-patching', 'vendor', ''],
      ['devices.default-credentials', 'some', ''],
      ['devices.fragile', true, 'RadiView warns scans can hang the acquisition software'],
      ['network.recorded', true, ''],
      ['network.medical-device-networks', [lan, wifi], ''],
      ['network.flat', true, ''],
      ['network.firewall-between', 'no', ''],
      ['network.guest-wifi-isolated', true, "The practice manager's understanding; the bridge test says otherwise"],
      ['network.parent-reachable', 'planned', ''],
      ['network.monitoring', 'no', 'Nothing watches the network; the router keeps no logs'],
      ['network.firewall-managed', 'consumer', 'ISP-supplied router'],
      ['vendor.any', true, ''],
      ['vendor.recorded', true, ''],
      ['vendor.session-logging', 'none', ''],
      ['vendor.shared-accounts', true, ''],
      ['vendor.baa', 'some', ''],
      ['connectivity.recorded', true, ''],
      ['connectivity.telehealth', true, ''],
      ['connectivity.telehealth-concurrent', 2, ''],
      ['connectivity.vpn-to-parent', 'planned', 'Northwind plans it for Q1 2027'],
      ['connectivity.packet-loss', 1.5, ''],
      ['connectivity.outage-plan', false, ''],
      ['apps.recorded', true, ''],
      ['apps.admin-holders', 'everyone', ''],
      ['apps.mfa', 'no', ''],
      ['apps.audit-log', false, ''],
      ...sampleIdentityAnswers,
      ['wireless.wifi-security', 'wpa2-personal', ''],
      ['wireless.devices-on-wifi', true, ''],
      ['wireless.devices-separate-ssid', false, ''],
      ['wireless.rf-equipment', true, 'Pacemaker programmer in the cardiology room'],
      ['wireless.rf-secured', 'restricted', ''],
      ['scanning.window-agreed', true, ''],
      ['scanning.window', 'Sunday 02:00-05:00 local time', ''],
      ['scanning.approver', 'Dana Ruiz, practice manager', ''],
      ['scanning.excluded-devices', [xray.id], 'Pumps and ECG cart still to be confirmed with the vendors'],
      ['scanning.exclusions-listed', false, ''],
      ['scanning.passive', ['span', 'mds2'], ''],
      ['scanning.rollback', 'RadiView 24/7 line 800-555-0110', ''],
      ['governance.asset-inventory', false, ''],
      ['governance.backups', 'online-only', 'USB disk on PM-SRV'],
      ['governance.incident-contacts', false, ''],
      ['governance.risk-analysis', 'none', ''],
      ['governance.training', false, ''],
      ['compromise.checks-done', ['admin-accounts', 'persistence', 'outbound', 'edr-alerts'], ''],
      [
        'compromise.notes',
        'Local Administrators groups on PM-SRV and three front-desk PCs; Autoruns on the same; a week of firewall logs; the Defender console for 90 days. Nothing unexplained.',
        '',
      ],
    ],
  };
}
