/**
 * A plain estimate of passphrase strength for the set-up hint: length and variety,
 * less for repeats and well-known patterns. It guides; the minimum length decides.
 */
export const MIN_PASSPHRASE_LENGTH = 12;

export interface StrengthHint {
  score: 0 | 1 | 2 | 3 | 4;
  label: 'too short' | 'weak' | 'fair' | 'good' | 'strong';
  advice: string;
  acceptable: boolean;
}

const commonPatterns = [
  /password/i,
  /passwort/i,
  /qwerty/i,
  /123456/,
  /letmein/i,
  /welcome/i,
  /admin/i,
  /clinic/i,
  /(.)\1{3,}/,
];

export function passphraseStrength(passphrase: string): StrengthHint {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: 0,
      label: 'too short',
      advice: `Use at least ${MIN_PASSPHRASE_LENGTH} characters; four or more unrelated words work well.`,
      acceptable: false,
    };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/, /\s/].filter((re) => re.test(passphrase)).length;
  const words = passphrase
    .trim()
    .split(/[\s\-_.]+/)
    .filter((w) => w.length >= 3).length;
  let points = (length >= 16 ? 2 : 1) + (length >= 24 ? 1 : 0) + (classes >= 3 ? 1 : 0) + (words >= 4 ? 1 : 0);
  if (commonPatterns.some((re) => re.test(passphrase))) points -= 2;
  const score = Math.max(1, Math.min(4, points)) as 1 | 2 | 3 | 4;
  const label = (['weak', 'fair', 'good', 'strong'] as const)[score - 1] ?? 'weak';
  const advice =
    score >= 4
      ? 'Keep it somewhere safe: it cannot be recovered.'
      : score === 3
        ? 'A few more words make it stronger.'
        : 'Add more unrelated words, and avoid common words and repeats.';
  return { score, label, advice, acceptable: true };
}
