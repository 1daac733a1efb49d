import { describe, expect, it } from 'vitest';
import { cityOf, lastVisitOf } from '../../../../shared/model/clinicPlace';

describe('cityOf', () => {
  it.each([
    ['42 Harbor Road, Springfield, IL 62701', 'Springfield'],
    ['42 Harbor Road\nSpringfield, IL 62701\nUSA', 'Springfield'],
    ['1200 Lake Shore Dr, Suite 4, Chicago, IL 60610-1234', 'Chicago'],
    ['9 Elm St, Portland OR 97205', 'Portland'],
    ['9 Elm St, St. Paul, MN', 'St. Paul'],
    ['500 King St W, Toronto, ON M5V 1L9, Canada', 'Toronto'],
    ['10 Downing Street, London SW1A 2AA', 'London'],
    ['221B Baker Street\nLondon\nNW1 6XE\nUnited Kingdom', 'London'],
    ['Hauptstraße 5, 10115 Berlin, Germany', 'Berlin'],
    ['12 rue de la Paix, 75002 Paris', 'Paris'],
    ['12 High Street, Oxford', 'Oxford'],
  ])('reads the city of %j', (address, city) => {
    expect(cityOf(address)).toBe(city);
  });

  it.each([
    [''],
    ['Springfield'],
    ['42 Harbor Road'],
    ['Building C, second floor, behind the pharmacy'],
    ['42 Harbor Road, 62701'],
    ['PO Box 12, IL 62701'],
  ])('says nothing when unsure of %j', (address) => {
    expect(cityOf(address)).toBe('');
  });
});

describe('lastVisitOf', () => {
  const visit = (startDate: string, endDate = '') => ({ data: { startDate, endDate } });
  it('is the latest day a visit ended, or started when it has no end', () => {
    expect(lastVisitOf([visit('2026-03-01', '2026-03-03'), visit('2026-05-10'), visit('')])).toBe('2026-05-10');
    expect(lastVisitOf([visit('2026-03-01', '2026-06-03'), visit('2026-05-10')])).toBe('2026-06-03');
  });
  it('is empty without a dated visit', () => {
    expect(lastVisitOf([])).toBe('');
    expect(lastVisitOf([visit('')])).toBe('');
  });
});
