/**
 * Ids derived from what a record is about (an assessment and a question, an assessment
 * and a finding), so the same thing recorded on two laptops is one record that merges
 * field by field. SHA-256 of the parts, formatted as a UUID (version 8: custom).
 */
const encoder = new TextEncoder();

export async function derivedId(kind: string, ...parts: string[]): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(`clinic-assessor/${kind}/${parts.join('/')}`)),
  );
  const b = digest.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
