import { describe, expect, it } from 'vitest';
import { utf8Pieces } from '../../../renderer/workers/bundlePipe';

describe('utf8Pieces', () => {
  it('never splits a character made of two UTF-16 units, and reports how far it got', () => {
    const text = `${'a'.repeat(9)}😀${'é'.repeat(5)}😀`;
    const progress: number[] = [];
    const pieces = [...utf8Pieces(text, (done) => progress.push(done), 10)];
    const decoded = pieces.map((p) => new TextDecoder('utf-8', { fatal: true }).decode(p));
    expect(decoded.join('')).toBe(text);
    expect(decoded[0]).toBe('a'.repeat(9));
    expect(progress.at(-1)).toBe(text.length);
  });

  it('yields nothing for empty text', () => {
    expect([...utf8Pieces('', () => undefined)]).toEqual([]);
  });
});
