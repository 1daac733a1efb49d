/**
 * The references of the rules about who gets in and what is governed: vendor access,
 * identity and email, applications, wireless and RF, governance and the compromise check
 * (see ruleMappings.ts for what a mapping is).
 */
import { H, mapping as m, type FrameworkMapping } from './frameworkMapping';

const departed = m([H.termination, H.accessModification], ['3.S.A', '3.M.B'], ['E6'], ['PR.AA-01', 'PR.AA-05']);
const mfa = m([H.authentication, H.accessControl], ['3.M.C', '3.M.D'], ['E3'], ['PR.AA-03']);
const senderAuthentication = m(
  [H.authentication, H.transmissionIntegrity, H.riskManagement],
  ['1.S.A', '1.M.A'],
  ['E2'],
  ['PR.PS-01', 'PR.DS-02'],
);

export const accessRuleMappings: Record<string, FrameworkMapping> = {
  // Vendor access
  'vendor.bridges-corporate': m(
    [H.accessControl, H.riskManagement],
    ['6.M.B', '3.M.D'],
    ['EN7', 'E10'],
    ['PR.IR-01', 'PR.AA-05'],
  ),
  'vendor.always-on': m(
    [H.accessControl, H.accessAuthorization],
    ['3.S.A', '3.M.D', '6.M.A'],
    ['E10'],
    ['PR.AA-05', 'PR.IR-01'],
  ),
  'vendor.no-mfa': m([H.authentication, H.accessControl], ['3.M.C', '3.M.D'], ['E3', 'E10'], ['PR.AA-03']),
  'vendor.modem': m([H.accessControl, H.transmission], ['6.S.A', '6.M.A'], ['EN7'], ['PR.IR-01', 'ID.AM-03']),
  'vendor.no-session-logging': m([H.audit, H.activityReview], ['3.M.D', '8.M.A'], ['EN10'], ['DE.CM-06', 'PR.PS-04']),
  'vendor.shared-account': m([H.uniqueUser, H.authentication], ['3.S.A', '3.M.A'], ['E8', 'E10'], ['PR.AA-01']),
  'vendor.no-baa': m(
    [H.businessAssociates, H.writtenContract, H.baContractsOrg, H.baContracts],
    ['5.S.B', '5.M.B'],
    ['E10'],
    ['GV.SC-05', 'GV.OC-03'],
  ),
  'vendor.listening-remote-access': m(
    [H.accessControl, H.authentication],
    ['9.S.A', '9.M.C', '6.M.A'],
    ['EN9'],
    ['PR.IR-01', 'PR.PS-01'],
  ),
  // Identity and email
  'identity.departed-admin': departed,
  'identity.seller-admin': m(
    [H.termination, H.accessAuthorization, H.accessModification],
    ['3.S.A', '3.M.B'],
    ['E6'],
    ['PR.AA-05', 'GV.SC-10'],
  ),
  'identity.msp-standing-admin': m(
    [H.accessAuthorization, H.accessControl],
    ['3.M.A', '3.M.B'],
    ['E9', 'E10'],
    ['PR.AA-05', 'GV.SC-07'],
  ),
  'identity.shared-admin': m([H.uniqueUser, H.authentication, H.audit], ['3.S.A', '3.M.A'], ['E8', 'E9'], ['PR.AA-01']),
  'identity.admin-no-mfa': mfa,
  'identity.no-separate-admin': m([H.accessControl, H.accessAuthorization], ['3.S.A', '3.M.A'], ['E9'], ['PR.AA-05']),
  'identity.unknown-admin': m(
    [H.securityResponsibility, H.accessAuthorization],
    ['3.M.A', '10.M.A'],
    ['E9'],
    ['GV.RR-02', 'PR.AA-05'],
  ),
  'identity.email-no-mfa': m([H.authentication], ['1.M.B', '3.M.D'], ['E3', 'E2'], ['PR.AA-03']),
  'identity.legacy-auth': m(
    [H.authentication, H.passwords],
    ['1.S.A', '1.M.A'],
    ['E2', 'E3'],
    ['PR.AA-03', 'PR.PS-01'],
  ),
  'identity.dmarc-weak': senderAuthentication,
  'identity.spf-dkim-missing': senderAuthentication,
  'identity.registrar-no-mfa': mfa,
  'identity.offboarding': departed,
  'identity.no-break-glass': m([H.emergencyAccess, H.emergencyMode], ['3.M.A'], [], ['PR.AA-05', 'PR.IR-03']),
  // Applications
  'apps.unsupported': m([H.riskManagement], ['7.S.A', '7.M.D'], ['E1'], ['ID.AM-08', 'PR.PS-02']),
  'apps.admin-access': m(
    [H.accessAuthorization, H.accessModification, H.accessControl],
    ['3.S.A', '3.M.A', '3.M.B'],
    ['E9'],
    ['PR.AA-05'],
  ),
  'apps.no-mfa': m([H.authentication, H.accessControl], ['3.M.C', '3.M.D'], ['E3'], ['PR.AA-03']),
  'apps.no-audit': m([H.audit, H.activityReview], ['4.M.B', '8.M.A'], ['EN10'], ['DE.CM-03', 'PR.PS-04']),
  // Wireless and RF
  'wireless.weak-security': m(
    [H.transmission, H.transmissionEncryption, H.accessControl],
    ['6.S.A', '6.S.B', '6.M.A'],
    ['E5'],
    ['PR.DS-02', 'PR.IR-01'],
  ),
  'wireless.rf-unsecured': m(
    [H.facilityAccess, H.workstationSecurity, H.accessControl],
    ['9.S.A', '9.M.A'],
    [],
    ['PR.AA-06'],
  ),
  // Governance
  'governance.backups': m(
    [H.backupPlan, H.disasterRecovery, H.contingencyTesting, H.mediaBackup],
    ['4.M.D'],
    ['E7'],
    ['PR.DS-11', 'RC.RP-03', 'ID.AM-07'],
  ),
  'governance.risk-analysis': m(
    [H.riskAnalysis, H.riskManagement, H.evaluation],
    ['10.S.A', '10.M.A'],
    [],
    ['ID.RA-04', 'ID.RA-05', 'ID.RA-06', 'GV.OC-03', 'ID.AM-07'],
  ),
  'governance.no-incident-contacts': m(
    [H.incidentProcedures, H.incidentResponse],
    ['8.S.A', '8.M.B'],
    ['E7'],
    ['RS.MA-01', 'RS.CO-02', 'ID.IM-04'],
  ),
  'governance.prior-incident': m(
    [H.incidentResponse, H.riskAnalysis],
    ['8.S.A', '8.M.B'],
    ['E7'],
    ['RS.AN-03', 'RS.MI-02'],
  ),
  'compromise.indicator': m(
    [H.incidentProcedures, H.incidentResponse, H.activityReview],
    ['8.S.A', '8.M.A', '8.M.B'],
    ['E7', 'EN6'],
    ['RS.MA-01', 'RS.MI-01', 'DE.AE-02'],
  ),
};
