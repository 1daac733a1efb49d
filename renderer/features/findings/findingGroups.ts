/** How the findings list is grouped: by kind of finding (one rule), or with a device's several findings together under it. */
import { assetKindLabels, type AssetKind } from '../../../shared/model/asset';
import { ASSESSOR_RULE_ID } from '../../../shared/model/finding';
import { findingDevice, groupByDevice } from '../../../shared/report/findingsByDevice';
import type { EffectiveStatus } from '../../../shared/rules/findingStatus';
import type { DerivedFinding } from '../../../shared/rules/ruleTypes';

export type GroupBy = 'kind' | 'device';

export type FindingEntry<T> =
  { kind: 'rule'; key: string; items: T[] } | { kind: 'device'; key: string; deviceId: string; items: T[] };

interface Item {
  finding: DerivedFinding;
  status: EffectiveStatus;
}

export const isOpenStatus = (status: EffectiveStatus) => status === 'open' || status === 'acceptance-expired';

/**
 * The list's entries, in the order of each entry's most severe finding (the input is
 * sorted most severe first). By device, a device with two or more open findings gathers
 * them; every other finding stays with the others of its kind.
 */
export function groupFindings<T extends Item>(
  items: readonly T[],
  by: GroupBy,
  assetIds: ReadonlySet<string>,
): FindingEntry<T>[] {
  const deviceOf = (item: T) => findingDevice(item.finding.records, (id) => assetIds.has(id));
  const grouped = new Set(
    by === 'device' ? groupByDevice(items, deviceOf, (i) => isOpenStatus(i.status)).map((g) => g.deviceId) : [],
  );
  const entries = new Map<string, FindingEntry<T>>();
  for (const item of items) {
    const device = grouped.size ? deviceOf(item) : null;
    // The assessor's findings share one rule id but are each their own kind.
    const kind = item.finding.ruleId === ASSESSOR_RULE_ID ? item.finding.key : item.finding.ruleId;
    const key = device !== null && grouped.has(device) ? `device:${device}` : `rule:${kind}`;
    const entry = entries.get(key);
    if (entry) entry.items.push(item);
    else
      entries.set(
        key,
        key.startsWith('device:') && device !== null
          ? { kind: 'device', key, deviceId: device, items: [item] }
          : { kind: 'rule', key, items: [item] },
      );
  }
  return [...entries.values()];
}

/** A device in one line under its name: "CT scanner console · MedScan · Windows 7 Embedded · on Imaging VLAN". */
export function deviceAbout(
  asset: { kind: AssetKind; deviceType: string; vendor: string; model: string; osVersion: string },
  zoneName: string | undefined,
): string {
  return [
    asset.deviceType || assetKindLabels[asset.kind],
    [asset.vendor, asset.model].filter(Boolean).join(' '),
    asset.osVersion,
    zoneName ? `on ${zoneName}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
