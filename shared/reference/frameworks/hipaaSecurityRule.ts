/**
 * The HIPAA Security Rule's standards and implementation specifications, 45 CFR Part 164
 * Subpart C: administrative (164.308), physical (164.310) and technical (164.312)
 * safeguards, organizational requirements (164.314), and policies, procedures and
 * documentation (164.316). Each is cited where the regulation states it ("164.308(a)(1)(i)"
 * for the standard, "164.308(a)(1)(ii)(A)" for its specification) with the regulation's own
 * title; a specification names its standard as its parent.
 *
 * Deliberately no "required" or "addressable" mark: a proposed rule change (HHS NPRM,
 * January 2025) would remove the distinction, and nothing here may depend on it.
 */
import type { FrameworkEntry, FrameworkSource } from './frameworkRefs';

export const hipaaSource: FrameworkSource = {
  framework: 'hipaa',
  title: 'HIPAA Security Rule, 45 CFR Part 164 Subpart C (164.302–164.318)',
  edition: 'As amended by the Omnibus Rule (78 FR 5566, January 25, 2013)',
  source:
    'Electronic Code of Federal Regulations, https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
};

const A1 = '164.308(a)(1)(i)';
const A3 = '164.308(a)(3)(i)';
const A4 = '164.308(a)(4)(i)';
const A5 = '164.308(a)(5)(i)';
const A6 = '164.308(a)(6)(i)';
const A7 = '164.308(a)(7)(i)';
const B1 = '164.308(b)(1)';
const P1 = '164.310(a)(1)';
const PD = '164.310(d)(1)';
const TA = '164.312(a)(1)';
const TC = '164.312(c)(1)';
const TE = '164.312(e)(1)';
const O1 = '164.314(a)(1)';
const DB = '164.316(b)(1)';

export const hipaaEntries = [
  // 164.308 Administrative safeguards
  { id: A1, title: 'Security management process' },
  { id: '164.308(a)(1)(ii)(A)', title: 'Risk analysis', parent: A1 },
  { id: '164.308(a)(1)(ii)(B)', title: 'Risk management', parent: A1 },
  { id: '164.308(a)(1)(ii)(C)', title: 'Sanction policy', parent: A1 },
  { id: '164.308(a)(1)(ii)(D)', title: 'Information system activity review', parent: A1 },
  { id: '164.308(a)(2)', title: 'Assigned security responsibility' },
  { id: A3, title: 'Workforce security' },
  { id: '164.308(a)(3)(ii)(A)', title: 'Authorization and/or supervision', parent: A3 },
  { id: '164.308(a)(3)(ii)(B)', title: 'Workforce clearance procedure', parent: A3 },
  { id: '164.308(a)(3)(ii)(C)', title: 'Termination procedures', parent: A3 },
  { id: A4, title: 'Information access management' },
  { id: '164.308(a)(4)(ii)(A)', title: 'Isolating health care clearinghouse functions', parent: A4 },
  { id: '164.308(a)(4)(ii)(B)', title: 'Access authorization', parent: A4 },
  { id: '164.308(a)(4)(ii)(C)', title: 'Access establishment and modification', parent: A4 },
  { id: A5, title: 'Security awareness and training' },
  { id: '164.308(a)(5)(ii)(A)', title: 'Security reminders', parent: A5 },
  { id: '164.308(a)(5)(ii)(B)', title: 'Protection from malicious software', parent: A5 },
  { id: '164.308(a)(5)(ii)(C)', title: 'Log-in monitoring', parent: A5 },
  { id: '164.308(a)(5)(ii)(D)', title: 'Password management', parent: A5 },
  { id: A6, title: 'Security incident procedures' },
  { id: '164.308(a)(6)(ii)', title: 'Response and reporting', parent: A6 },
  { id: A7, title: 'Contingency plan' },
  { id: '164.308(a)(7)(ii)(A)', title: 'Data backup plan', parent: A7 },
  { id: '164.308(a)(7)(ii)(B)', title: 'Disaster recovery plan', parent: A7 },
  { id: '164.308(a)(7)(ii)(C)', title: 'Emergency mode operation plan', parent: A7 },
  { id: '164.308(a)(7)(ii)(D)', title: 'Testing and revision procedures', parent: A7 },
  { id: '164.308(a)(7)(ii)(E)', title: 'Applications and data criticality analysis', parent: A7 },
  { id: '164.308(a)(8)', title: 'Evaluation' },
  { id: B1, title: 'Business associate contracts and other arrangements' },
  { id: '164.308(b)(3)', title: 'Written contract or other arrangement', parent: B1 },
  // 164.310 Physical safeguards
  { id: P1, title: 'Facility access controls' },
  { id: '164.310(a)(2)(i)', title: 'Contingency operations', parent: P1 },
  { id: '164.310(a)(2)(ii)', title: 'Facility security plan', parent: P1 },
  { id: '164.310(a)(2)(iii)', title: 'Access control and validation procedures', parent: P1 },
  { id: '164.310(a)(2)(iv)', title: 'Maintenance records', parent: P1 },
  { id: '164.310(b)', title: 'Workstation use' },
  { id: '164.310(c)', title: 'Workstation security' },
  { id: PD, title: 'Device and media controls' },
  { id: '164.310(d)(2)(i)', title: 'Disposal', parent: PD },
  { id: '164.310(d)(2)(ii)', title: 'Media re-use', parent: PD },
  { id: '164.310(d)(2)(iii)', title: 'Accountability', parent: PD },
  { id: '164.310(d)(2)(iv)', title: 'Data backup and storage', parent: PD },
  // 164.312 Technical safeguards
  { id: TA, title: 'Access control' },
  { id: '164.312(a)(2)(i)', title: 'Unique user identification', parent: TA },
  { id: '164.312(a)(2)(ii)', title: 'Emergency access procedure', parent: TA },
  { id: '164.312(a)(2)(iii)', title: 'Automatic logoff', parent: TA },
  { id: '164.312(a)(2)(iv)', title: 'Encryption and decryption', parent: TA },
  { id: '164.312(b)', title: 'Audit controls' },
  { id: TC, title: 'Integrity' },
  { id: '164.312(c)(2)', title: 'Mechanism to authenticate electronic protected health information', parent: TC },
  { id: '164.312(d)', title: 'Person or entity authentication' },
  { id: TE, title: 'Transmission security' },
  { id: '164.312(e)(2)(i)', title: 'Integrity controls', parent: TE },
  { id: '164.312(e)(2)(ii)', title: 'Encryption', parent: TE },
  // 164.314 Organizational requirements
  { id: O1, title: 'Business associate contracts or other arrangements' },
  { id: '164.314(a)(2)(i)', title: 'Business associate contracts', parent: O1 },
  { id: '164.314(a)(2)(ii)', title: 'Other arrangements', parent: O1 },
  { id: '164.314(a)(2)(iii)', title: 'Business associate contracts with subcontractors', parent: O1 },
  { id: '164.314(b)(1)', title: 'Requirements for group health plans' },
  // 164.316 Policies and procedures and documentation requirements
  { id: '164.316(a)', title: 'Policies and procedures' },
  { id: DB, title: 'Documentation' },
  { id: '164.316(b)(2)(i)', title: 'Time limit', parent: DB },
  { id: '164.316(b)(2)(ii)', title: 'Availability', parent: DB },
  { id: '164.316(b)(2)(iii)', title: 'Updates', parent: DB },
] as const satisfies readonly FrameworkEntry[];

export type HipaaId = (typeof hipaaEntries)[number]['id'];
