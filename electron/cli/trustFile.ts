/**
 * The trusted-signers file given with --trust: UTF-8 text, one signer per line, the key
 * fingerprint (32 hex digits, in groups of four or not) then the name the firm knows
 * them by. Blank lines and lines starting with # are ignored.
 *
 *   # Northwind assessors
 *   3f2a 9c41 0b7e 55d2 a1c3 8e90 7f46 12ab  Dana Whitfield
 */
import { CliError, readSmallText } from './io';

export interface TrustList {
  file: string;
  /** Name by canonical fingerprint (lower-case, groups of four joined by spaces). */
  names: ReadonlyMap<string, string>;
}

const line = /^((?:[0-9a-f]{4} ?){7}[0-9a-f]{4})(?:\s+(.*))?$/i;

/** A fingerprint as keyFingerprint writes it. */
export function canonicalFingerprint(text: string): string {
  return (text.toLowerCase().replace(/\s+/g, '').match(/.{4}/g) ?? []).join(' ');
}

export function parseTrustList(file: string, text: string): TrustList {
  const names = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const entry = raw.trim();
    if (!entry || entry.startsWith('#')) return;
    const match = line.exec(entry);
    if (!match?.[1])
      throw new CliError(
        `${file}, line ${index + 1}: expected a key fingerprint (32 hex digits, as verify prints it) and a name.`,
      );
    names.set(canonicalFingerprint(match[1]), match[2]?.trim() ?? '');
  });
  return { file, names };
}

export async function readTrustList(file: string): Promise<TrustList> {
  return parseTrustList(file, await readSmallText(file, 'trusted-signers file'));
}

/** The line that, added to a trusted-signers file, trusts this key. */
export function trustLine(fingerprint: string, name: string): string {
  return `${fingerprint}  ${name}`;
}
