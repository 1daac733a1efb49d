/**
 * The record id of an answer is derived from its assessment and question, so the same
 * question answered on two laptops is the same record and merges field by field,
 * instead of becoming two competing answers. Formatted as a UUID (version 8: custom).
 */
import { utf8 } from '../crypto/bytes';

export async function answerId(assessmentId: string, questionId: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', utf8(`clinic-assessor/answer/${assessmentId}/${questionId}`)));
  const b = digest.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
