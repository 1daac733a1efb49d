import { describe, expect, it } from 'vitest';
import { byteSize, evidenceLimits, plainFileName } from '../../../../shared/model/evidence';

describe('evidence in words', () => {
  it('gives sizes as file managers show them, the limits in round figures', () => {
    expect(byteSize(900)).toBe('900 bytes');
    expect(byteSize(310 * 1024)).toBe('310 kB');
    expect(byteSize(2.4 * 1024 * 1024)).toBe('2.4 MB');
    expect(byteSize(evidenceLimits.fileBytes)).toBe('25 MB');
    expect(byteSize(evidenceLimits.assessmentBytes)).toBe('1 GB');
  });

  it('keeps a file name without its folder or control bytes', () => {
    expect(plainFileName('C:\\Users\\sam\\Pictures\\label.jpg')).toBe('label.jpg');
    expect(plainFileName('/home/sam/closet\u0007.jpg')).toBe('closet.jpg');
    expect(plainFileName('')).toBe('file');
  });
});
