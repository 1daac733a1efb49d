import { describe, expect, it } from 'vitest';
import { copiesProblem, numberedNames } from '../../../../shared/model/numberedNames';
import { assetFieldApplies } from '../../../../shared/model/assetFieldKinds';

describe('numberedNames', () => {
  it('continues after the number a name ends with', () => {
    expect(numberedNames('Front desk PC 1', 3, ['Front desk PC 1'])).toEqual([
      'Front desk PC 2',
      'Front desk PC 3',
      'Front desk PC 4',
    ]);
  });

  it('continues after the highest number already used, whichever copy is duplicated', () => {
    const taken = ['Exam PC 1', 'Exam PC 2', 'Exam PC 7', 'Exam PC 7b', 'Exam PCs 9', 'Printer 12'];
    expect(numberedNames('Exam PC 2', 2, taken)).toEqual(['Exam PC 8', 'Exam PC 9']);
  });

  it('numbers a name without a number from 2, the original counting as the first', () => {
    expect(numberedNames('Reception PC', 2, ['Reception PC'])).toEqual(['Reception PC 2', 'Reception PC 3']);
    expect(numberedNames('Reception PC', 1, ['Reception PC', 'reception pc 4'])).toEqual(['Reception PC 5']);
  });

  it('keeps the separator and the zero padding of the number', () => {
    expect(numberedNames('EXAM-PC-07', 3, ['EXAM-PC-07', 'EXAM-PC-08'])).toEqual([
      'EXAM-PC-09',
      'EXAM-PC-10',
      'EXAM-PC-11',
    ]);
  });

  it('never makes a name longer than the field allows', () => {
    const long = 'x'.repeat(200);
    const [name] = numberedNames(long, 1, [long]);
    expect(name).toHaveLength(200);
    expect(name?.endsWith(' 2')).toBe(true);
  });
});

describe('copiesProblem', () => {
  it('accepts 1 to 50 copies and explains anything else in one sentence', () => {
    expect(copiesProblem('1')).toBeUndefined();
    expect(copiesProblem(' 50 ')).toBeUndefined();
    for (const bad of ['0', '51', '', '2.5', '-3', 'ten'])
      expect(copiesProblem(bad)).toBe('Type a number of copies from 1 to 50.');
  });
});

describe('assetFieldApplies', () => {
  it('asks medical devices, not PCs, about FDA clearance; printers not about paid extended updates', () => {
    expect(assetFieldApplies('clearedOn', 'medical-device')).toBe(true);
    expect(assetFieldApplies('clearedOn', 'workstation')).toBe(false);
    expect(assetFieldApplies('esuCoverage', 'iot')).toBe(false);
    expect(assetFieldApplies('esuCoverage', 'workstation')).toBe(true);
    expect(assetFieldApplies('osVersion', 'network-device')).toBe(true);
  });
});
