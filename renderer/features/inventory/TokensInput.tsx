import { useState } from 'react';

/** "DICOM, tcp/443, dicom" → ["dicom", "tcp/443"]; nothing typed → [fallback]. */
export function parseTokens(text: string, normalise: (token: string) => string, fallback: string): string[] {
  const tokens = [...new Set(text.split(/[,;]/).map(normalise).filter(Boolean))];
  return tokens.length > 0 ? tokens : [fallback];
}

/**
 * A list typed as comma-separated words. While focused it shows what is typed (so a
 * trailing comma stays); on blur it shows the list as stored.
 */
export function TokensInput({
  id,
  value,
  describedBy,
  normalise,
  fallback,
  onChange,
  onBlur,
}: {
  id: string;
  value: unknown;
  describedBy: string | undefined;
  normalise: (token: string) => string;
  fallback: string;
  onChange: (tokens: string[]) => void;
  onBlur: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const stored = Array.isArray(value) ? value.join(', ') : '';
  return (
    <input
      id={id}
      type="text"
      value={draft ?? stored}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(parseTokens(e.target.value, normalise, fallback));
      }}
      onBlur={() => {
        setDraft(null);
        onBlur();
      }}
      autoComplete="off"
      spellCheck={false}
      aria-describedby={describedBy}
    />
  );
}
