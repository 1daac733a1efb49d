/**
 * Hybrid logical clock: wall-clock milliseconds plus a counter, so that stamps keep
 * increasing on one device even when its clock stalls or steps back, and follow the
 * newest stamp seen from another device. Encoded as a fixed-width string that sorts
 * in time order: `WWWWWWWWWWWWWWW-CCCCC`.
 */
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
/** The encoded form, for schemas: a regex check is far cheaper in zod than a refinement. */
export const HLC_PATTERN = /^(\d{15})-(\d{5})$/;
const pattern = HLC_PATTERN;

export interface Hlc {
  wall: number;
  counter: number;
}

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wall).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function decodeHlc(text: string): Hlc {
  const match = pattern.exec(text);
  if (!match) throw new Error(`Not a clock stamp: ${text.slice(0, 40)}`);
  return { wall: Number(match[1]), counter: Number(match[2]) };
}

export function isHlc(text: string): boolean {
  return pattern.test(text);
}

export class HybridClock {
  private last: Hlc;

  constructor(
    private readonly now: () => number = Date.now,
    last?: string,
  ) {
    this.last = last ? decodeHlc(last) : { wall: 0, counter: 0 };
  }

  /** A new stamp, later than every stamp this clock has issued or observed. */
  tick(): string {
    const wall = Math.max(this.now(), this.last.wall);
    this.last = wall === this.last.wall ? this.bump(this.last) : { wall, counter: 0 };
    return encodeHlc(this.last);
  }

  /** Moves the clock past a stamp received from another device. */
  observe(stamp: string): void {
    const remote = decodeHlc(stamp);
    if (remote.wall > this.last.wall || (remote.wall === this.last.wall && remote.counter > this.last.counter))
      this.last = remote;
  }

  current(): string {
    return encodeHlc(this.last);
  }

  private bump(hlc: Hlc): Hlc {
    return hlc.counter < MAX_COUNTER
      ? { wall: hlc.wall, counter: hlc.counter + 1 }
      : { wall: hlc.wall + 1, counter: 0 };
  }
}
