/** The asset fields a CSV inventory's columns can fill, and how a mapping names its columns. */
export const csvFields = [
  'name',
  'ipAddress',
  'macAddress',
  'os',
  'osVersion',
  'vendor',
  'model',
  'serial',
  'location',
] as const;
export type CsvField = (typeof csvFields)[number];
export const csvFieldLabels: Record<CsvField, string> = {
  name: 'Name',
  ipAddress: 'IP address',
  macAddress: 'MAC address',
  os: 'Operating system',
  osVersion: 'OS version',
  vendor: 'Vendor',
  model: 'Model',
  serial: 'Serial number',
  location: 'Location',
};

/** Which column (by index) holds each asset field; a field left out is not imported. */
export type CsvMapping = Partial<Record<CsvField, number>>;
