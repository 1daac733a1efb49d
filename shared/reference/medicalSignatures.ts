/**
 * What makes a scanned host look like a medical device, and which listening services
 * are remote-access doors. Suggestions only: the assessor confirms each one.
 */

/** MAC vendor names (as nmap prints them) of makers of medical devices, matched case-insensitively as substrings. */
export const medicalVendors = [
  'GE Healthcare',
  'GE Medical',
  'Philips Medical',
  'Philips Healthcare',
  'Siemens Healthineers',
  'Siemens Medical',
  'Baxter',
  'Becton Dickinson',
  'CareFusion',
  'Hospira',
  'ICU Medical',
  'Draeger',
  'Dräger',
  'Mindray',
  'Nihon Kohden',
  'Spacelabs',
  'Welch Allyn',
  'Hill-Rom',
  'Medtronic',
  'B. Braun',
  'Fresenius',
  'Zoll',
  'Carestream',
  'Fujifilm Medical',
  'Canon Medical',
  'Toshiba Medical',
  'Masimo',
  'Natus',
  'Getinge',
  'Alaris',
  'Smiths Medical',
  'Omnicell',
  'Agfa HealthCare',
  'Hologic',
  'Varian Medical',
  'Elekta',
  'Olympus Medical',
  'Karl Storz',
  'Roche Diagnostics',
  'Sysmex',
  'Beckman Coulter',
  'Edwards Lifesciences',
  'ResMed',
] as const;

/** Ports and service names that only medical imaging and clinical messaging use. */
export const medicalPorts: Readonly<Record<number, string>> = {
  104: 'DICOM',
  11112: 'DICOM',
  2761: 'DICOM over TLS',
  2762: 'DICOM over TLS',
  2575: 'HL7',
};
export const medicalServices: Readonly<Record<string, string>> = {
  dicom: 'DICOM',
  'dicom-iscl': 'DICOM',
  'dicom-tls': 'DICOM over TLS',
  hl7: 'HL7',
};

/** Listening services a vendor (or an intruder) can come in through. */
export const remoteAccessPorts: Readonly<Record<number, string>> = {
  22: 'SSH',
  23: 'Telnet',
  3389: 'RDP',
  5800: 'VNC (web)',
  5900: 'VNC',
  5901: 'VNC',
  5902: 'VNC',
  5903: 'VNC',
  5938: 'TeamViewer',
  5631: 'pcAnywhere',
  3283: 'Apple Remote Desktop',
  6129: 'DameWare',
};
export const remoteAccessServices: Readonly<Record<string, string>> = {
  ssh: 'SSH',
  telnet: 'Telnet',
  'ms-wbt-server': 'RDP',
  vnc: 'VNC',
  'vnc-http': 'VNC (web)',
  teamviewer: 'TeamViewer',
  pcanywheredata: 'pcAnywhere',
};
