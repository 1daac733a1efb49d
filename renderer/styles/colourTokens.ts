/** Sets the risk colours' CSS custom properties from the one colour module, before the first render. */
import { colourTokens } from '../../shared/model/riskColours';

export function applyColourTokens(root: HTMLElement): void {
  for (const [name, value] of Object.entries(colourTokens)) root.style.setProperty(name, value);
}
