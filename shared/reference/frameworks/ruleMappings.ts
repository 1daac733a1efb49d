/**
 * Every rule's references, by rule id (a test fails for a rule without one): the HIPAA
 * Security Rule standards and specifications, the HICP (sub-)practices, the HPH CPGs and
 * the NIST CSF 2.0 subcategories a finding of the rule touches, as a healthcare security
 * assessor judges them. This file holds the technical rules (endpoints, medical devices,
 * networks, connectivity, scanning); accessRuleMappings.ts holds vendor access, identity,
 * applications, wireless and governance. Keyed by string, not by the rules themselves:
 * reference data sits below the rules.
 */
import { accessRuleMappings } from './accessRuleMappings';
import { H, mapping as m, type FrameworkMapping } from './frameworkMapping';

const patching = m(
  [H.riskManagement, H.malware],
  ['2.S.A', '2.M.A', '7.S.A', '7.M.D'],
  ['E1'],
  ['PR.PS-02', 'ID.RA-01'],
);
const segmentation = m([H.accessControl, H.riskManagement], ['6.S.A', '6.M.B', '9.M.E'], ['EN7'], ['PR.IR-01']);
const scanSafety = m(
  [H.evaluation, H.riskAnalysis, H.riskManagement],
  ['7.M.A', '9.M.A'],
  ['EN4'],
  ['ID.RA-01', 'ID.AM-05'],
);

const technicalRuleMappings: Record<string, FrameworkMapping> = {
  // Endpoints and OS
  'os.unsupported': m(
    [H.riskManagement, H.malware],
    ['2.S.A', '2.M.A', '7.S.A', '7.M.D'],
    ['E1'],
    ['ID.AM-08', 'PR.PS-02', 'ID.RA-01'],
  ),
  'os.esu-unconfirmed': m(
    [H.riskManagement, H.malware],
    ['7.S.A', '7.M.D', '2.S.A', '2.M.A'],
    ['E1'],
    ['ID.AM-08', 'PR.PS-02', 'ID.RA-01'],
  ),
  'os.updates-not-installed': patching,
  'os.extended-only': m([H.riskManagement], ['7.S.A', '7.M.D', '5.M.A'], ['E1'], ['ID.AM-08', 'PR.PS-02']),
  'os.unknown': m([H.riskAnalysis, H.mediaAccountability], ['5.S.A', '5.M.A'], ['EN1'], ['ID.AM-01', 'ID.AM-02']),
  'endpoints.no-patching': patching,
  'endpoints.stale-patches': patching,
  'endpoints.local-admin': m(
    [H.accessControl, H.accessAuthorization, H.malware],
    ['2.S.A', '2.M.A', '3.S.A', '3.M.A'],
    ['E9'],
    ['PR.AA-05', 'PR.PS-05'],
  ),
  'endpoints.shared-accounts': m(
    [H.uniqueUser, H.authentication, H.audit, H.passwords],
    ['3.S.A', '3.M.A', '3.M.C'],
    ['E8'],
    ['PR.AA-01', 'PR.AA-03'],
  ),
  'endpoints.no-disk-encryption': m(
    [H.encryptionAtRest, H.workstationSecurity, H.deviceMedia],
    ['2.S.A', '2.M.A', '4.M.C'],
    ['E5'],
    ['PR.DS-01', 'ID.AM-07'],
  ),
  'endpoints.no-edr': m([H.malware, H.activityReview], ['2.S.A', '2.M.A'], ['EN6'], ['DE.CM-09', 'DE.AE-02']),
  'endpoints.usb': m(
    [H.deviceMedia, H.workstationUse, H.malware],
    ['2.S.A', '2.M.A', '4.M.E'],
    ['EN9'],
    ['PR.PS-01', 'PR.DS-01'],
  ),
  'endpoints.agent-not-covered': m([H.malware, H.riskManagement], ['2.S.A', '2.M.A'], ['EN6'], ['DE.CM-09']),
  'vuln.known-exploited': m(
    [H.riskManagement, H.malware],
    ['7.S.A', '7.M.A', '7.M.D'],
    ['E1'],
    ['ID.RA-01', 'ID.RA-02', 'PR.PS-02'],
  ),
  // Medical devices
  'devices.unpatchable-networked': m(
    [H.riskManagement],
    ['9.S.A', '9.M.A', '9.M.E', '6.M.B'],
    ['E1', 'EN7'],
    ['ID.RA-01', 'PR.IR-01', 'PR.PS-02'],
  ),
  'devices.default-credentials': m(
    [H.passwords, H.authentication, H.uniqueUser],
    ['9.S.A', '9.M.C'],
    ['E8'],
    ['PR.AA-01', 'PR.AA-03'],
  ),
  'devices.vendor-support-ended': m(
    [H.riskManagement],
    ['9.S.A', '9.M.A', '5.M.D'],
    ['E1'],
    ['ID.AM-08', 'PR.PS-03', 'PR.PS-02'],
  ),
  'devices.compensating-controls': m([H.riskManagement], ['9.S.A', '9.M.A', '9.M.E'], ['E1'], ['ID.RA-06', 'PR.IR-01']),
  'devices.not-inventoried': m(
    [H.riskAnalysis, H.mediaAccountability],
    ['5.S.A', '5.M.A', '9.S.A', '9.M.D'],
    ['EN1'],
    ['ID.AM-01'],
  ),
  'devices.no-mds2': m([H.riskAnalysis], ['9.S.A', '9.M.A', '5.M.B'], ['E10'], ['GV.SC-07', 'ID.RA-01']),
  'devices.shared-wifi': m([H.accessControl, H.transmission], ['6.S.A', '6.M.B', '9.M.E'], ['EN7'], ['PR.IR-01']),
  'devices.remote-control-tool': m(
    [H.accessControl, H.audit],
    ['9.S.A', '9.M.B', '9.M.C'],
    ['EN9'],
    ['PR.PS-05', 'PR.AA-05'],
  ),
  'devices.physically-exposed': m(
    [H.facilityAccess, H.workstationSecurity, H.deviceMedia],
    ['6.S.B', '9.S.A'],
    [],
    ['PR.AA-06', 'ID.AM-07'],
  ),
  // Networks
  'network.flat': segmentation,
  'network.no-firewall-between': m([H.accessControl], ['6.S.A', '6.M.A', '6.M.B'], ['EN7'], ['PR.IR-01']),
  'network.medical-internet': m(
    [H.accessControl, H.riskManagement],
    ['6.S.A', '6.M.A', '9.M.E'],
    ['EN7'],
    ['PR.IR-01'],
  ),
  'network.weak-firewall': m(
    [H.riskManagement, H.accessControl],
    ['6.S.C', '6.M.A', '7.M.D'],
    ['E1'],
    ['PR.IR-01', 'PR.PS-02', 'PR.PS-03'],
  ),
  'network.not-recorded': m([H.riskAnalysis], ['5.S.A', '5.M.A', '6.M.A'], ['EN1'], ['ID.AM-03']),
  'network.parent-reaches-devices': segmentation,
  'network.guest-not-isolated': m([H.accessControl], ['6.S.A', '6.S.B', '6.M.B'], ['EN7'], ['PR.IR-01']),
  'network.clinical-protocol-exposed': m(
    [H.accessControl, H.transmission, H.transmissionIntegrity, H.transmissionEncryption],
    ['6.M.B', '9.M.E'],
    ['EN7', 'E5'],
    ['PR.IR-01', 'PR.DS-02'],
  ),
  'network.internet-exposed-service': m(
    [H.accessControl, H.authentication, H.riskManagement],
    ['6.S.C', '6.M.A', '3.M.D'],
    ['E1', 'E3'],
    ['PR.IR-01', 'PR.AA-03'],
  ),
  'network.address-overlap': m([H.riskManagement], ['6.M.A'], [], ['ID.AM-03']),
  'network.address-unrecorded': m([H.riskAnalysis], ['5.M.A', '6.M.A'], ['EN1'], ['ID.AM-03']),
  // Connectivity: the availability of ePHI the clinic reaches over the internet
  'connectivity.insufficient': m([H.contingencyPlan, H.criticality], ['6'], [], ['PR.IR-04']),
  'connectivity.no-backup': m([H.contingencyPlan, H.emergencyMode], ['6'], [], ['PR.IR-03']),
  // Scanning
  'scanning.no-window': m([H.evaluation, H.riskAnalysis], ['7.S.A', '7.M.A'], ['EN4'], ['ID.RA-01']),
  'scanning.fragile-not-excluded': scanSafety,
  'scanning.safety-unknown': scanSafety,
};

/** Every rule's mapping: the technical rules here, the access and governance ones from accessRuleMappings.ts. */
export const ruleMappings: Readonly<Record<string, FrameworkMapping>> = {
  ...technicalRuleMappings,
  ...accessRuleMappings,
};
