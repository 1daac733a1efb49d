/**
 * JavaScript keeps the text of the last regular-expression match (`RegExp.input`, `$_`)
 * for the whole page: after a lock that could be a decrypted record or a passphrase a
 * strength check just read. Matching an empty pattern on an empty string replaces it.
 */
export function forgetLastMatch(): void {
  /(?:)/.exec('');
}
