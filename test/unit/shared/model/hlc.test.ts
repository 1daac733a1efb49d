import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HybridClock } from '../../../../shared/model/hlc';

describe('hybrid logical clock', () => {
  it('encodes to fixed-width strings that sort in time order', () => {
    const a = encodeHlc({ wall: 1_700_000_000_000, counter: 9 });
    const b = encodeHlc({ wall: 1_700_000_000_000, counter: 10 });
    const c = encodeHlc({ wall: 1_700_000_000_001, counter: 0 });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(decodeHlc(b)).toEqual({ wall: 1_700_000_000_000, counter: 10 });
    expect(() => decodeHlc('yesterday')).toThrow();
  });

  it('keeps rising when the wall clock stalls or steps back', () => {
    let now = 5_000;
    const clock = new HybridClock(() => now);
    const first = clock.tick();
    const second = clock.tick();
    now = 1_000;
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
    now = 9_000;
    expect(decodeHlc(clock.tick())).toEqual({ wall: 9_000, counter: 0 });
  });

  it('moves past a stamp seen from another device', () => {
    const clock = new HybridClock(() => 1_000);
    clock.observe(encodeHlc({ wall: 50_000, counter: 3 }));
    expect(decodeHlc(clock.tick())).toEqual({ wall: 50_000, counter: 4 });
  });

  it('resumes after a restart from the saved position', () => {
    const saved = encodeHlc({ wall: 80_000, counter: 2 });
    const clock = new HybridClock(() => 10, saved);
    expect(clock.tick() > saved).toBe(true);
  });
});
