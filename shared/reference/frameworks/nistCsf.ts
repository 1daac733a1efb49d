/**
 * NIST Cybersecurity Framework (CSF) 2.0, NIST CSWP 29, February 26, 2024: the functions,
 * the categories and the subcategories the finding mapping uses (not the whole Core), each
 * subcategory's outcome as published. A category names its function as its parent, a
 * subcategory its category.
 */
import type { FrameworkEntry, FrameworkSource } from './frameworkRefs';

export const csfSource: FrameworkSource = {
  framework: 'csf',
  title: 'NIST Cybersecurity Framework (CSF) 2.0, NIST CSWP 29',
  edition: '2.0, February 26, 2024',
  source: 'NIST, https://doi.org/10.6028/NIST.CSWP.29',
};

const functions = [
  { id: 'GV', title: 'Govern' },
  { id: 'ID', title: 'Identify' },
  { id: 'PR', title: 'Protect' },
  { id: 'DE', title: 'Detect' },
  { id: 'RS', title: 'Respond' },
  { id: 'RC', title: 'Recover' },
] as const;

const categories = [
  { id: 'GV.OC', title: 'Organizational Context' },
  { id: 'GV.RR', title: 'Roles, Responsibilities, and Authorities' },
  { id: 'GV.PO', title: 'Policy' },
  { id: 'GV.SC', title: 'Cybersecurity Supply Chain Risk Management' },
  { id: 'ID.AM', title: 'Asset Management' },
  { id: 'ID.RA', title: 'Risk Assessment' },
  { id: 'ID.IM', title: 'Improvement' },
  { id: 'PR.AA', title: 'Identity Management, Authentication, and Access Control' },
  { id: 'PR.AT', title: 'Awareness and Training' },
  { id: 'PR.DS', title: 'Data Security' },
  { id: 'PR.PS', title: 'Platform Security' },
  { id: 'PR.IR', title: 'Technology Infrastructure Resilience' },
  { id: 'DE.CM', title: 'Continuous Monitoring' },
  { id: 'DE.AE', title: 'Adverse Event Analysis' },
  { id: 'RS.MA', title: 'Incident Management' },
  { id: 'RS.AN', title: 'Incident Analysis' },
  { id: 'RS.CO', title: 'Incident Response Reporting and Communication' },
  { id: 'RS.MI', title: 'Incident Mitigation' },
  { id: 'RC.RP', title: 'Incident Recovery Plan Execution' },
] as const;

export const csfSubcategories = [
  {
    id: 'GV.OC-03',
    title:
      'Legal, regulatory, and contractual requirements regarding cybersecurity — including privacy and civil liberties obligations — are understood and managed',
  },
  {
    id: 'GV.RR-02',
    title:
      'Roles, responsibilities, and authorities related to cybersecurity risk management are established, communicated, understood, and enforced',
  },
  {
    id: 'GV.PO-01',
    title:
      'Policy for managing cybersecurity risks is established based on organizational context, cybersecurity strategy, and priorities and is communicated and enforced',
  },
  { id: 'GV.SC-04', title: 'Suppliers are known and prioritized by criticality' },
  {
    id: 'GV.SC-05',
    title:
      'Requirements to address cybersecurity risks in supply chains are established, prioritized, and integrated into contracts and other types of agreements with suppliers and other relevant third parties',
  },
  {
    id: 'GV.SC-07',
    title:
      'The risks posed by a supplier, their products and services, and other third parties are understood, recorded, prioritized, assessed, responded to, and monitored over the course of the relationship',
  },
  {
    id: 'GV.SC-10',
    title:
      'Cybersecurity supply chain risk management plans include provisions for activities that occur after the conclusion of a partnership or service agreement',
  },
  { id: 'ID.AM-01', title: 'Inventories of hardware managed by the organization are maintained' },
  {
    id: 'ID.AM-02',
    title: 'Inventories of software, services, and systems managed by the organization are maintained',
  },
  {
    id: 'ID.AM-03',
    title:
      "Representations of the organization's authorized network communication and internal and external network data flows are maintained",
  },
  { id: 'ID.AM-04', title: 'Inventories of services provided by suppliers are maintained' },
  {
    id: 'ID.AM-05',
    title: 'Assets are prioritized based on classification, criticality, resources, and impact on the mission',
  },
  {
    id: 'ID.AM-07',
    title: 'Inventories of data and corresponding metadata for designated data types are maintained',
  },
  { id: 'ID.AM-08', title: 'Systems, hardware, software, services, and data are managed throughout their life cycles' },
  { id: 'ID.RA-01', title: 'Vulnerabilities in assets are identified, validated, and recorded' },
  { id: 'ID.RA-02', title: 'Cyber threat intelligence is received from information sharing forums and sources' },
  {
    id: 'ID.RA-04',
    title: 'Potential impacts and likelihoods of threats exploiting vulnerabilities are identified and recorded',
  },
  {
    id: 'ID.RA-05',
    title:
      'Threats, vulnerabilities, likelihoods, and impacts are used to understand inherent risk and inform risk response prioritization',
  },
  { id: 'ID.RA-06', title: 'Risk responses are chosen, prioritized, planned, tracked, and communicated' },
  {
    id: 'ID.RA-09',
    title: 'The authenticity and integrity of hardware and software are assessed prior to acquisition and use',
  },
  { id: 'ID.IM-01', title: 'Improvements are identified from evaluations' },
  {
    id: 'ID.IM-04',
    title:
      'Incident response plans and other cybersecurity plans that affect operations are established, communicated, maintained, and improved',
  },
  {
    id: 'PR.AA-01',
    title: 'Identities and credentials for authorized users, services, and hardware are managed by the organization',
  },
  { id: 'PR.AA-03', title: 'Users, services, and hardware are authenticated' },
  {
    id: 'PR.AA-05',
    title:
      'Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties',
  },
  { id: 'PR.AA-06', title: 'Physical access to assets is managed, monitored, and enforced commensurate with risk' },
  {
    id: 'PR.AT-01',
    title:
      'Personnel are provided with awareness and training so that they possess the knowledge and skills to perform general tasks with cybersecurity risks in mind',
  },
  { id: 'PR.DS-01', title: 'The confidentiality, integrity, and availability of data-at-rest are protected' },
  { id: 'PR.DS-02', title: 'The confidentiality, integrity, and availability of data-in-transit are protected' },
  { id: 'PR.DS-11', title: 'Backups of data are created, protected, maintained, and tested' },
  { id: 'PR.PS-01', title: 'Configuration management practices are established and applied' },
  { id: 'PR.PS-02', title: 'Software is maintained, replaced, and removed commensurate with risk' },
  { id: 'PR.PS-03', title: 'Hardware is maintained, replaced, and removed commensurate with risk' },
  { id: 'PR.PS-04', title: 'Log records are generated and made available for continuous monitoring' },
  { id: 'PR.PS-05', title: 'Installation and execution of unauthorized software are prevented' },
  { id: 'PR.IR-01', title: 'Networks and environments are protected from unauthorized logical access and usage' },
  {
    id: 'PR.IR-03',
    title: 'Mechanisms are implemented to achieve resilience requirements in normal and adverse situations',
  },
  { id: 'PR.IR-04', title: 'Adequate resource capacity to ensure availability is maintained' },
  { id: 'DE.CM-01', title: 'Networks and network services are monitored to find potentially adverse events' },
  { id: 'DE.CM-03', title: 'Personnel activity and technology usage are monitored to find potentially adverse events' },
  {
    id: 'DE.CM-06',
    title: 'External service provider activities and services are monitored to find potentially adverse events',
  },
  {
    id: 'DE.CM-09',
    title:
      'Computing hardware and software, runtime environments, and their data are monitored to find potentially adverse events',
  },
  { id: 'DE.AE-02', title: 'Potentially adverse events are analyzed to better understand associated activities' },
  {
    id: 'RS.MA-01',
    title:
      'The incident response plan is executed in coordination with relevant third parties once an incident is declared',
  },
  {
    id: 'RS.AN-03',
    title:
      'Analysis is performed to establish what has taken place during an incident and the root cause of the incident',
  },
  { id: 'RS.CO-02', title: 'Internal and external stakeholders are notified of incidents' },
  { id: 'RS.MI-01', title: 'Incidents are contained' },
  { id: 'RS.MI-02', title: 'Incidents are eradicated' },
  {
    id: 'RC.RP-01',
    title:
      'The recovery portion of the incident response plan is executed once initiated from the incident response process',
  },
  {
    id: 'RC.RP-03',
    title: 'The integrity of backups and other restoration assets is verified before using them for restoration',
  },
] as const;

export type CsfId = (typeof csfSubcategories)[number]['id'];

/** The part of a CSF id before the "-" ("PR.AA-05" → "PR.AA"), or before the "." for a category. */
const parentOf = (id: string) => (id.includes('-') ? id.split('-')[0] : id.split('.')[0]);

export const csfEntries: readonly FrameworkEntry[] = [
  ...functions,
  ...categories.map((c) => ({ ...c, parent: parentOf(c.id) })),
  ...csfSubcategories.map((s) => ({ ...s, parent: parentOf(s.id) })),
];
