/**
 * HHS 405(d) "Health Industry Cybersecurity Practices: Managing Threats and Protecting
 * Patients" (HICP), 2023 edition: the ten practices (their names from
 * `hicpPracticeLabels`) and their sub-practices for
 * - small organisations ("1.S.A"): Technical Volume 1, "Cybersecurity Practices for Small
 *   Health Care Organizations";
 * - medium organisations ("1.M.A"): Technical Volume 2, "Cybersecurity Practices for Medium
 *   and Large Health Care Organizations" (its medium sub-practices; the large ones, "1.L.A",
 *   are not mapped: a clinic the firm acquires is small or medium).
 * A practice's id is its number ("7"); a sub-practice names its practice as its parent.
 */
import { hicpPracticeLabels, hicpPractices, type HicpPractice } from '../../model/practice';
import type { FrameworkEntry, FrameworkSource } from './frameworkRefs';

export const hicpSource: FrameworkSource = {
  framework: 'hicp',
  title: 'HHS 405(d) Health Industry Cybersecurity Practices (HICP), Technical Volumes 1 and 2',
  edition: '2023 edition',
  source: 'HHS 405(d) Program, https://405d.hhs.gov/information',
};

const sub = <P extends HicpPractice, Id extends string>(practice: P, id: Id, title: string) => ({
  id,
  title,
  parent: practice,
});

export const hicpSubPractices = [
  // Technical Volume 1: small organisations
  sub('1', '1.S.A', 'Email system configuration'),
  sub('1', '1.S.B', 'Education'),
  sub('1', '1.S.C', 'Phishing simulation'),
  sub('2', '2.S.A', 'Basic endpoint protection controls'),
  sub('3', '3.S.A', 'Basic access management'),
  sub('4', '4.S.A', 'Policy'),
  sub('4', '4.S.B', 'Procedures'),
  sub('4', '4.S.C', 'Education'),
  sub('5', '5.S.A', 'Inventory'),
  sub('5', '5.S.B', 'Procurement'),
  sub('5', '5.S.C', 'Decommissioning'),
  sub('6', '6.S.A', 'Network segmentation'),
  sub('6', '6.S.B', 'Physical security and guest access'),
  sub('6', '6.S.C', 'Intrusion prevention'),
  sub('7', '7.S.A', 'Vulnerability management'),
  sub('8', '8.S.A', 'Incident response'),
  sub('8', '8.S.B', 'ISAC/ISAO participation'),
  sub('9', '9.S.A', 'Medical device security'),
  sub('10', '10.S.A', 'Policies'),
  // Technical Volume 2: medium organisations
  sub('1', '1.M.A', 'Basic email protection controls'),
  sub('1', '1.M.B', 'Multifactor authentication for remote email access'),
  sub('1', '1.M.C', 'Email encryption'),
  sub('1', '1.M.D', 'Workforce education'),
  sub('2', '2.M.A', 'Basic endpoint protection controls'),
  sub('3', '3.M.A', 'Identity'),
  sub('3', '3.M.B', 'Provisioning, transfers, and deprovisioning procedures'),
  sub('3', '3.M.C', 'Authentication'),
  sub('3', '3.M.D', 'Multifactor authentication for remote access'),
  sub('4', '4.M.A', 'Classification of data'),
  sub('4', '4.M.B', 'Data use procedures'),
  sub('4', '4.M.C', 'Data security'),
  sub('4', '4.M.D', 'Backup strategies'),
  sub('4', '4.M.E', 'Data loss prevention'),
  sub('5', '5.M.A', 'Inventory of endpoints and servers'),
  sub('5', '5.M.B', 'Procurement'),
  sub('5', '5.M.C', 'Secure storage for inactive devices'),
  sub('5', '5.M.D', 'Decommissioning assets'),
  sub('6', '6.M.A', 'Network profiles and firewalls'),
  sub('6', '6.M.B', 'Network segmentation'),
  sub('6', '6.M.C', 'Intrusion prevention systems'),
  sub('6', '6.M.D', 'Web proxy protection'),
  sub('6', '6.M.E', 'Physical security of network devices'),
  sub('7', '7.M.A', 'Host/server-based scanning'),
  sub('7', '7.M.B', 'Web application scanning'),
  sub('7', '7.M.C', 'System placement and data classification'),
  sub('7', '7.M.D', 'Patch management, configuration management, and change management'),
  sub('8', '8.M.A', 'Security operations center'),
  sub('8', '8.M.B', 'Incident response'),
  sub('8', '8.M.C', 'Information sharing and ISACs/ISAOs'),
  sub('9', '9.M.A', 'Medical device management'),
  sub('9', '9.M.B', 'Endpoint protections'),
  sub('9', '9.M.C', 'Identity and access management'),
  sub('9', '9.M.D', 'Asset management'),
  sub('9', '9.M.E', 'Network management'),
  sub('10', '10.M.A', 'Policies'),
] as const;

export type HicpSubPracticeId = (typeof hicpSubPractices)[number]['id'];
export type HicpId = HicpPractice | HicpSubPracticeId;

/** Each practice followed by its sub-practices, small then medium. */
export const hicpEntries: readonly FrameworkEntry[] = hicpPractices.flatMap((p) => [
  { id: p, title: hicpPracticeLabels[p] },
  ...hicpSubPractices.filter((s) => s.parent === p),
]);

/** The practice a practice or sub-practice id belongs to: "7.M.D" → "7". */
export function hicpPracticeOf(id: string): HicpPractice | undefined {
  const practice = id.split('.')[0];
  return hicpPractices.find((p) => p === practice);
}
