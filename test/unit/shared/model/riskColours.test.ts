import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { severity } from '../../../../shared/model/finding';
import {
  colourTokens,
  GOOD_COLOUR,
  ratingColours,
  severityColours,
  supportColours,
} from '../../../../shared/model/riskColours';

const stylesDir = path.resolve(import.meta.dirname, '../../../../renderer/styles');
const stylesheets = readdirSync(stylesDir)
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({ file: f, css: readFileSync(path.join(stylesDir, f), 'utf8') }));

describe('the one set of risk colours', () => {
  it('gives every severity a CSS token equal to the colour the PDFs use', () => {
    for (const s of severity.options) expect(colourTokens[`--severity-${s}`]).toBe(severityColours[s]);
    expect(colourTokens['--colour-success']).toBe(GOOD_COLOUR);
  });

  it('leaves no stylesheet defining those tokens or writing those colours by hand', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
    const colours = new Set([
      ...Object.values(colourTokens),
      ...Object.values(supportColours),
      ...Object.values(ratingColours),
    ]);
    for (const { file, css } of stylesheets) {
      for (const token of Object.keys(colourTokens))
        expect(css, `${file} defines ${token}`).not.toMatch(new RegExp(`${token}\\s*:`));
      for (const colour of colours)
        expect(css.toLowerCase(), `${file} writes ${colour}`).not.toContain(colour.toLowerCase());
    }
  });

  it('defines every severity token the stylesheets use', () => {
    const used = new Set(
      stylesheets.flatMap(({ css }) =>
        [...css.matchAll(/var\((--(?:severity|colour-success)[\w-]*)\)/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    for (const token of used) expect(Object.keys(colourTokens)).toContain(token);
  });
});
