/**
 * What one rule (or one finding area) touches in each framework, as ids of the catalogues:
 * the types keep a mistyped id from compiling, and a test checks each id against its
 * catalogue. A framework's list is empty only where nothing in it honestly fits (the CPGs
 * say nothing of bandwidth or of physical security).
 */
import type { CpgId } from './hphCpg';
import type { HicpId } from './hicp';
import type { HipaaId } from './hipaaSecurityRule';
import type { CsfId } from './nistCsf';

export interface FrameworkMapping {
  hipaa: readonly HipaaId[];
  hicp: readonly HicpId[];
  cpg: readonly CpgId[];
  csf: readonly CsfId[];
}

export const mapping = (
  hipaa: readonly HipaaId[],
  hicp: readonly HicpId[],
  cpg: readonly CpgId[],
  csf: readonly CsfId[],
): FrameworkMapping => ({ hipaa, hicp, cpg, csf });

/** The HIPAA citations the mappings use most, by what they are called. */
export const H = {
  riskAnalysis: '164.308(a)(1)(ii)(A)',
  riskManagement: '164.308(a)(1)(ii)(B)',
  activityReview: '164.308(a)(1)(ii)(D)',
  securityResponsibility: '164.308(a)(2)',
  termination: '164.308(a)(3)(ii)(C)',
  accessAuthorization: '164.308(a)(4)(ii)(B)',
  accessModification: '164.308(a)(4)(ii)(C)',
  malware: '164.308(a)(5)(ii)(B)',
  passwords: '164.308(a)(5)(ii)(D)',
  incidentProcedures: '164.308(a)(6)(i)',
  incidentResponse: '164.308(a)(6)(ii)',
  contingencyPlan: '164.308(a)(7)(i)',
  backupPlan: '164.308(a)(7)(ii)(A)',
  disasterRecovery: '164.308(a)(7)(ii)(B)',
  emergencyMode: '164.308(a)(7)(ii)(C)',
  contingencyTesting: '164.308(a)(7)(ii)(D)',
  criticality: '164.308(a)(7)(ii)(E)',
  evaluation: '164.308(a)(8)',
  businessAssociates: '164.308(b)(1)',
  writtenContract: '164.308(b)(3)',
  facilityAccess: '164.310(a)(1)',
  facilityValidation: '164.310(a)(2)(iii)',
  workstationUse: '164.310(b)',
  workstationSecurity: '164.310(c)',
  deviceMedia: '164.310(d)(1)',
  mediaAccountability: '164.310(d)(2)(iii)',
  mediaBackup: '164.310(d)(2)(iv)',
  accessControl: '164.312(a)(1)',
  uniqueUser: '164.312(a)(2)(i)',
  emergencyAccess: '164.312(a)(2)(ii)',
  encryptionAtRest: '164.312(a)(2)(iv)',
  audit: '164.312(b)',
  integrity: '164.312(c)(1)',
  authentication: '164.312(d)',
  transmission: '164.312(e)(1)',
  transmissionIntegrity: '164.312(e)(2)(i)',
  transmissionEncryption: '164.312(e)(2)(ii)',
  baContractsOrg: '164.314(a)(1)',
  baContracts: '164.314(a)(2)(i)',
  policies: '164.316(a)',
} as const satisfies Record<string, HipaaId>;
