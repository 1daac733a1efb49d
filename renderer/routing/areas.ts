/** The areas of the app, in the order an assessment goes. */
export const areas = [
  { id: 'clinics', label: 'Clinics', summary: 'The clinics you assess and their assessments.' },
  {
    id: 'checklist',
    label: 'Checklist',
    summary:
      'Guided questions on operating systems, medical devices, networks, vendor access, bandwidth, applications, wireless and scanning windows.',
  },
  {
    id: 'inventory',
    label: 'Inventory',
    summary: 'Workstations, servers, medical devices, networks, vendor links and applications found on site.',
  },
  {
    id: 'findings',
    label: 'Findings',
    summary: 'Risks derived from the answers and the inventory, scored, with concrete remediation.',
  },
  {
    id: 'plan',
    label: 'Plan',
    summary:
      'The remediation plan: who fixes each open finding, by when, the steps on the way and where it stands; exported to Excel or CSV and read back.',
  },
  {
    id: 'integration',
    label: 'Integration',
    summary:
      "Whether the clinic may be connected to the parent's network, and on what conditions: the verdict, the compromise check, address overlap, agent coverage and the target design.",
  },
  {
    id: 'exchange',
    label: 'Exchange',
    summary: 'Export an encrypted assessment file for the parent firm, or import and merge earlier assessments.',
  },
  { id: 'reports', label: 'Reports', summary: 'PDF reports for the clinic and for the parent firm.' },
  { id: 'settings', label: 'Settings', summary: 'Lock, passphrase, diagnostics and information about this app.' },
] as const;

export type AreaId = (typeof areas)[number]['id'];
export type Area = (typeof areas)[number];

export const defaultArea: AreaId = 'clinics';

export function findArea(id: string): Area | undefined {
  return areas.find((area) => area.id === id);
}
