/**
 * The reference clinic of the fast-entry test: a real-sized small practice, entered through the
 * inventory form field by field. Values are what the assessor sees: select options by their label.
 * PCs and infusion pumps get their addresses from DHCP (the scan fills them in later), so only
 * the machines with fixed addresses have one here.
 */

/** Every asset field the test may set, in the order an assessor goes down the form. */
export const assetFieldOrder = [
  'Name or hostname',
  'Kind',
  'Device type',
  'Vendor',
  'Model',
  'Criticality to patient care',
  'Location',
  'Physical access',
  'FDA clearance date',
  'Upgrade or patch not validated by the maker',
  'The maker allows third-party agents (EDR, log forwarders) on this device',
  'OS family',
  'OS version as reported',
  'Firmware',
  'Patched by',
  'Network',
  'IP address',
] as const;
export type AssetLabel = (typeof assetFieldOrder)[number];

/** The fields that are selects, set by option label; the others are typed. */
export const selectLabels: ReadonlySet<AssetLabel> = new Set<AssetLabel>([
  'Kind',
  'Criticality to patient care',
  'Physical access',
  'Upgrade or patch not validated by the maker',
  'The maker allows third-party agents (EDR, log forwarders) on this device',
  'OS family',
  'Patched by',
  'Network',
]);

/** What a new asset's form shows before anything is typed. */
export const assetDefaults: Readonly<Record<AssetLabel, string>> = {
  'Name or hostname': '',
  Kind: 'Workstation',
  'Device type': '',
  Vendor: '',
  Model: '',
  'Criticality to patient care': 'Medium',
  Location: '',
  'Physical access': 'Not known',
  'FDA clearance date': '',
  'Upgrade or patch not validated by the maker': 'Not known',
  'The maker allows third-party agents (EDR, log forwarders) on this device': 'Not known',
  'OS family': 'Windows',
  'OS version as reported': '',
  Firmware: '',
  'Patched by': 'Not known',
  Network: 'None or not known',
  'IP address': '',
};

export type Device = Partial<Record<AssetLabel, string>> & { 'Name or hostname': string };

export const networks = [
  { name: 'Office LAN', purpose: 'Corporate / office' },
  { name: 'Clinical VLAN', purpose: 'Clinical' },
] as const;

/** The nine identical Windows 10 PCs at the front desk and in the exam rooms. */
export const pcCommon = {
  Vendor: 'Dell',
  Model: 'OptiPlex 7080',
  'OS version as reported': 'Windows 10 Pro 22H2',
  Network: 'Office LAN',
  Location: 'Front desk and exam rooms',
  'Physical access': 'Staff area, room not locked',
  'Patched by': 'The clinic',
} as const satisfies Partial<Record<AssetLabel, string>>;
export const pcs: Device[] = Array.from({ length: 9 }, (_, i) => ({
  'Name or hostname': `Exam PC ${i + 1}`,
  ...pcCommon,
}));

/** Three infusion pumps of one model. */
export const pumpCommon = {
  Kind: 'Medical device',
  'Device type': 'Infusion pump',
  Vendor: 'BD',
  Model: 'Alaris 8015',
  'Criticality to patient care': 'High',
  Location: 'Treatment room',
  'Physical access': 'Staff area, room not locked',
  'The maker allows third-party agents (EDR, log forwarders) on this device': 'No',
  'OS family': 'Embedded / RTOS',
  Network: 'Clinical VLAN',
} as const satisfies Partial<Record<AssetLabel, string>>;
export const pumps: Device[] = [1, 2, 3].map((n) => ({ 'Name or hostname': `Infusion pump ${n}`, ...pumpCommon }));

/** Every other device, each with its own facts. */
export const others: Device[] = [
  {
    'Name or hostname': 'Front desk printer',
    Kind: 'IoT / other',
    'Device type': 'Printer',
    Vendor: 'HP',
    Model: 'LaserJet Pro M404',
    Location: 'Front desk',
    'OS family': 'Embedded / RTOS',
    Network: 'Office LAN',
    'IP address': '10.0.10.50',
  },
  {
    'Name or hostname': 'Back office printer',
    Kind: 'IoT / other',
    'Device type': 'Printer',
    Vendor: 'HP',
    Model: 'LaserJet Pro M404',
    Location: 'Back office',
    'OS family': 'Embedded / RTOS',
    Network: 'Office LAN',
    'IP address': '10.0.10.51',
  },
  {
    'Name or hostname': 'ECG cart',
    Kind: 'Medical device',
    'Device type': 'ECG',
    Vendor: 'GE Healthcare',
    Model: 'MAC 5500 HD',
    'Criticality to patient care': 'High',
    Location: 'Exam room 2',
    'Physical access': 'Staff area, room not locked',
    'FDA clearance date': '2009-03-12',
    'Upgrade or patch not validated by the maker': 'Yes',
    'OS version as reported': 'Windows XP Embedded SP3',
    Network: 'Clinical VLAN',
    'IP address': '10.0.20.21',
  },
  {
    'Name or hostname': 'Ultrasound',
    Kind: 'Medical device',
    'Device type': 'Ultrasound',
    Vendor: 'Philips',
    Model: 'EPIQ 7',
    'Criticality to patient care': 'High',
    Location: 'Imaging room',
    'Physical access': 'Staff area, room not locked',
    'FDA clearance date': '2016-08-04',
    'Upgrade or patch not validated by the maker': 'Yes',
    'OS version as reported': 'Windows 10 IoT Enterprise 2016 LTSB',
    Network: 'Clinical VLAN',
    'IP address': '10.0.20.22',
  },
  {
    'Name or hostname': 'PM-SRV',
    Kind: 'Server',
    Vendor: 'Dell',
    Model: 'PowerEdge T340',
    'Criticality to patient care': 'High',
    Location: 'Server closet',
    'Physical access': 'Locked room',
    'OS version as reported': 'Windows Server 2019 Standard',
    'Patched by': 'The clinic',
    Network: 'Office LAN',
    'IP address': '10.0.10.5',
  },
  {
    'Name or hostname': 'Firewall',
    Kind: 'Network device',
    'Device type': 'Firewall',
    Vendor: 'SonicWall',
    Model: 'TZ370',
    'Criticality to patient care': 'High',
    Location: 'Server closet',
    'Physical access': 'Locked room',
    'OS family': 'Embedded / RTOS',
    Firmware: 'SonicOS 7.0.1',
    'Patched by': 'The clinic',
    Network: 'Office LAN',
    'IP address': '10.0.10.1',
  },
];

/** The whole clinic: 18 devices. */
export const referenceDevices: Device[] = [...pcs, ...pumps, ...others];
