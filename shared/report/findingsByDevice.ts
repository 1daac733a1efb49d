/**
 * Findings by device: a machine with several open findings (unsupported OS, no patches
 * from its maker, default password) is one conversation with its owner, so the app and
 * the report show those findings together under the device's name.
 */

/**
 * The device a finding is about: its first record, when that record is an asset and no
 * other record is. A finding about a network that lists its devices, or one about seven
 * pumps at once, belongs to no single device.
 */
export function findingDevice(records: readonly string[], isAsset: (id: string) => boolean): string | null {
  const [first] = records;
  if (first === undefined || !isAsset(first)) return null;
  return records.some((id) => id !== first && isAsset(id)) ? null : first;
}

export interface DeviceGroup<T> {
  deviceId: string;
  items: T[];
}

/**
 * Devices with at least `min` open findings, each with its findings in the order given
 * (most severe first when the input is), the devices in the order of their first finding.
 */
export function groupByDevice<T>(
  items: readonly T[],
  deviceOf: (item: T) => string | null,
  isOpen: (item: T) => boolean,
  min = 2,
): DeviceGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const device = deviceOf(item);
    if (device === null) continue;
    const group = groups.get(device);
    if (group) group.push(item);
    else groups.set(device, [item]);
  }
  return [...groups]
    .filter(([, group]) => group.filter(isOpen).length >= min)
    .map(([deviceId, group]) => ({ deviceId, items: group }));
}
