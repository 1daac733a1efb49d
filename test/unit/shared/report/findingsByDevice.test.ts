import { describe, expect, it } from 'vitest';
import { findingDevice, groupByDevice } from '../../../../shared/report/findingsByDevice';

const assets = new Set(['ct', 'mri', 'pump']);
const isAsset = (id: string) => assets.has(id);

describe('findings by device', () => {
  it("takes a finding's first record as its device only when it is an asset and the only one", () => {
    expect(findingDevice(['mri'], isAsset)).toBe('mri');
    expect(findingDevice(['mri', 'vendor-link'], isAsset)).toBe('mri');
    expect(findingDevice(['mri', 'mri'], isAsset)).toBe('mri');
    expect(findingDevice(['lan', 'ct', 'mri'], isAsset)).toBeNull();
    expect(findingDevice(['ct', 'mri', 'pump'], isAsset)).toBeNull();
    expect(findingDevice([], isAsset)).toBeNull();
  });

  it('groups devices with two or more open findings, in the order of their first finding', () => {
    const items = [
      { id: 1, device: 'mri', open: true },
      { id: 2, device: 'ct', open: true },
      { id: 3, device: null, open: true },
      { id: 4, device: 'ct', open: false },
      { id: 5, device: 'mri', open: true },
      { id: 6, device: 'pump', open: true },
      { id: 7, device: 'pump', open: true },
    ];
    const groups = groupByDevice(
      items,
      (i) => i.device,
      (i) => i.open,
    );
    expect(groups.map((g) => [g.deviceId, g.items.map((i) => i.id)])).toEqual([
      ['mri', [1, 5]],
      ['pump', [6, 7]],
    ]);
  });
});
