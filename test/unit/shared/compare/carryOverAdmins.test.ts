import { describe, expect, it } from 'vitest';
import { carryOverAdmins } from '../../../../shared/compare/carryOver';
import { entities } from '../../../../shared/model/entities';
import { adminAccount } from '../../../support/assessmentFacts';

const NEXT = '7d0c8a4e-1f52-4f0a-9e43-2b1c5d6e7f80';

describe("carrying last visit's admin register", () => {
  it('copies each holder under a new id, to confirm, naming the record it came from', () => {
    const prior = [
      adminAccount({ system: 'firewall', person: 'Maria Okafor', stillEmployed: false }),
      adminAccount({ system: 'domain', organisation: 'msp', accountType: 'shared' }),
    ];
    let n = 0;
    const copies = carryOverAdmins(prior, NEXT, () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`);
    expect(copies).toHaveLength(2);
    copies.forEach((copy, i) => {
      const original = prior[i]!;
      expect(copy.id).not.toBe(original.id);
      expect(copy.data).toEqual({
        ...original.data,
        assessmentId: NEXT,
        carriedFrom: original.id,
        originId: original.id,
        confirmation: 'to-confirm',
      });
      entities.adminAccount.schema.parse(copy.data);
    });
    // The prior visit's records are untouched.
    expect(prior[0]!.data.confirmation).toBe('confirmed');
  });
});
