import { describe, expect, it } from 'vitest';
import { emptyAsset } from '../../../../shared/model/asset';
import { copiesOf } from '../../../../renderer/features/inventory/entryActions';
import { assetCopy } from '../../../../renderer/features/inventory/assetEntry';
import type { InventoryTab } from '../../../../renderer/features/inventory/inventoryTab';

// The assets tab as copying sees it (the tab itself renders cells, so it lives in a .tsx file).
const assets = { singular: 'asset', copy: assetCopy } as InventoryTab<'asset'>;

describe('copiesOf', () => {
  it('numbers the copies after the highest name in the list and blanks what identifies one machine', () => {
    const original = {
      ...emptyAsset('a1'),
      name: 'Exam PC 1',
      osVersion: 'Windows 10 Pro 22H2',
      location: 'Exam room 1',
      ipAddress: '10.0.10.11',
      macAddress: '00:11:22:33:44:55',
      serial: '7XK2Q13',
      carriedFrom: 'previous-visit-id',
      confirmation: 'to-confirm' as const,
    };
    const siblings = [original, { ...original, name: 'Exam PC 4' }];
    const copies = copiesOf(assets, original, siblings, 2, 'Unnamed asset');
    expect(copies.map((c) => c.name)).toEqual(['Exam PC 5', 'Exam PC 6']);
    for (const copy of copies) {
      expect(copy).toMatchObject({ ipAddress: '', macAddress: '', serial: '', osVersion: 'Windows 10 Pro 22H2' });
      expect(copy.location).toBe('Exam room 1');
      // A copy is entered now, not a record carried from the last visit to confirm.
      expect(copy).toMatchObject({ carriedFrom: '', confirmation: 'confirmed' });
    }
  });

  it('names copies of an unnamed record after what the table calls it', () => {
    const copies = copiesOf(assets, emptyAsset('a1'), [], 1, 'Unnamed asset');
    expect(copies.map((c) => c.name)).toEqual(['Unnamed asset 2']);
  });
});
