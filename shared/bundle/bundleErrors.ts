/** Every way opening an assessment file can fail, each with a message for the user. */
export type BundleErrorCode =
  | 'not-a-bundle'
  | 'unsupported-version'
  | 'damaged-header'
  | 'kdf-too-costly'
  | 'no-recipient'
  | 'needs-private-key'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'wrong-key'
  | 'bad-signature'
  | 'tampered'
  | 'truncated'
  | 'trailing-data'
  | 'records-too-large'
  | 'blob-unknown'
  | 'blob-duplicate'
  | 'blob-missing'
  | 'blob-too-large'
  | 'blob-mismatch';

const messages: Record<BundleErrorCode, string> = {
  'not-a-bundle': 'This is not a Clinic Assessor assessment file.',
  'unsupported-version':
    'This assessment file was made by a newer version of Clinic Assessor, so update the app to open it.',
  'damaged-header': 'The assessment file is damaged: its header does not check out.',
  'kdf-too-costly':
    'The assessment file asks for key-derivation settings beyond what this app allows, so it was not opened.',
  'no-recipient': 'This assessment file is locked in a way this version of Clinic Assessor does not know.',
  'needs-private-key':
    "This assessment file was encrypted for the parent firm's key: it opens with that private key, not with a passphrase.",
  'needs-passphrase': 'This assessment file opens with a passphrase, not with a key.',
  'wrong-passphrase': 'That passphrase does not open this assessment file.',
  'wrong-key': 'This assessment file was not encrypted for this key.',
  'bad-signature':
    'The signature of this assessment file does not match its contents: it was altered after it was signed.',
  tampered: 'The assessment file is damaged or has been altered: its contents failed the integrity check.',
  truncated: 'The assessment file is incomplete: it ends before its last part.',
  'trailing-data': 'The assessment file has unexpected data after its end.',
  'records-too-large':
    'The records of this assessment file are over the 500 MiB the app reads at once: read it with the command line (export-json).',
  'blob-unknown': 'The assessment file carries a piece of evidence its list does not name, so it was refused.',
  'blob-duplicate': 'The assessment file carries the same piece of evidence twice, so it was refused.',
  'blob-missing': 'The assessment file lists a piece of evidence it does not carry, so it was refused.',
  'blob-too-large':
    'The assessment file carries a piece of evidence over the 25 MiB a file may have, so it was refused.',
  'blob-mismatch':
    'A piece of evidence in the assessment file does not match its listed length or SHA-256, so the file was refused.',
};

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    detail?: string,
  ) {
    // One sentence: the detail goes inside it, before the full stop.
    super(
      detail
        ? `${messages[code].replace(/\.$/, '')} (${detail.replace(/[.\s]+$/, '').slice(0, 120)}).`
        : messages[code],
    );
    this.name = 'BundleError';
  }
}
