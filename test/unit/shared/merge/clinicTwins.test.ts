import { describe, expect, it } from 'vitest';
import {
  findClinicTwins,
  normaliseAddress,
  normaliseClinicName,
  type ClinicLike,
} from '../../../../shared/merge/clinicTwins';

const clinic = (id: string, name: string, address = '', deleted: unknown = null): ClinicLike => ({
  id,
  data: { name, address },
  deleted,
});

describe('normaliseClinicName', () => {
  it.each([
    ['Lakeside Family Clinic', 'lakeside family clinic'],
    ['  LAKESIDE   family-clinic ', 'lakeside family clinic'],
    ['Lakeside Family Clinic, LLC', 'lakeside family clinic'],
    ['The Lakeside Family Clinic, P.C.', 'lakeside family clinic'],
    ['Lakeside Family Clinic L.L.C.', 'lakeside family clinic'],
    ['Smith & Jones Pediatrics', 'smith and jones pediatrics'],
    ['Smith and Jones Pediatrics, PLLC', 'smith and jones pediatrics'],
    ['Clínica São José Ltd.', 'clinica sao jose'],
    ["St. Mary's Imaging Inc", 'st marys imaging'],
  ])('writes %j as %j', (name, normal) => {
    expect(normaliseClinicName(name)).toBe(normal);
  });

  it('keeps names that differ apart', () => {
    expect(normaliseClinicName('Lakeside Clinic North')).not.toBe(normaliseClinicName('Lakeside Clinic South'));
    expect(normaliseClinicName('')).toBe('');
  });
});

describe('normaliseAddress', () => {
  it('writes street words one way', () => {
    expect(normaliseAddress('42 Harbor Road, Suite 3, Springfield, IL 62701')).toBe(
      normaliseAddress('42 harbor rd. ste 3 springfield IL 62701'),
    );
  });
  it('is empty for an address too vague to identify a place', () => {
    expect(normaliseAddress('Springfield')).toBe('');
    expect(normaliseAddress('Main Street, Springfield')).toBe('');
  });
});

describe('findClinicTwins', () => {
  const here = [
    clinic('local-1', 'Lakeside Family Clinic', '42 Harbor Road, Springfield, IL 62701'),
    clinic('local-2', 'Hillview Dental', '7 Oak Ave, Dayton, OH'),
    clinic('local-gone', 'Old Mill Clinic', '', { t: 'x', d: 'd', c: 1 }),
  ];

  it('finds a clinic of the file named alike, or at the same address, under another id', () => {
    const twins = findClinicTwins(
      [
        clinic('file-1', 'Lakeside Family Clinic, LLC', '1 Other Place, Shelbyville, IL'),
        clinic('file-2', 'Hill View Dental Group', '7 Oak Avenue, Dayton, OH'),
        clinic('file-3', 'Riverside Clinic', '9 River St, Dayton, OH'),
      ],
      here,
    );
    expect(twins.map((t) => [t.incoming.id, t.matches.map((m) => [m.clinic.id, m.reason])])).toEqual([
      ['file-1', [['local-1', 'name']]],
      ['file-2', [['local-2', 'address']]],
    ]);
  });

  it('says when both the name and the address match', () => {
    const [twin] = findClinicTwins(
      [clinic('file-1', 'lakeside family clinic', '42 Harbor Rd, Springfield IL 62701')],
      here,
    );
    expect(twin?.matches[0]?.reason).toBe('name and address');
  });

  it('asks nothing of a clinic held here by id, a deleted one, or a clinic deleted here', () => {
    expect(
      findClinicTwins(
        [
          clinic('local-1', 'Lakeside Family Clinic'),
          clinic('file-9', 'Lakeside Family Clinic', '', { t: 'x', d: 'd', c: 1 }),
          clinic('file-8', 'Old Mill Clinic'),
        ],
        here,
      ),
    ).toEqual([]);
  });

  it('offers every clinic here that looks alike', () => {
    const [twin] = findClinicTwins(
      [clinic('file-1', 'Lakeside Family Clinic')],
      [...here, clinic('local-3', 'Lakeside Family Clinic PC', '3 Bay St, Shelbyville, IL')],
    );
    expect(twin?.matches.map((m) => m.clinic.id)).toEqual(['local-1', 'local-3']);
  });
});
