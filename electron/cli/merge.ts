/**
 * `merge`: one file from several, record by record, for the same recipients as its inputs
 * unless told otherwise, signed when given a signing key; it says exactly what it wrote.
 */
import { buildBundleContent, evidenceBlobs } from '../../shared/bundle/bundleContent';
import { contentPlaintext } from '../../shared/bundle/contentStream';
import { mergeRecordSets } from '../../shared/merge/mergeRecordSets';
import { sealStream } from '../../shared/bundle/writeBundle';
import { blobFolder, writeStreamed } from './blobFolder';
import { CliError, sizeWords, type Io } from './io';
import { openingKey, signingKey } from './keys';
import { openContents } from './openInput';
import { inputRecipients, namedRecipients, type RecipientOptions } from './outputRecipients';
import { countLine, type OpenOptions } from './verify';
import { count } from '../../shared/model/plural';
import { findClinicTwins, type ClinicLike } from '../../shared/merge/clinicTwins';
import { cityOf } from '../../shared/model/clinicPlace';
import type { BundleRecords } from '../../shared/bundle/bundleContent';

/**
 * Clinics of the merged file that look alike (shared/merge/clinicTwins.ts) under different
 * ids, one warning line each: the merge keeps them apart, as it cannot ask; the app's
 * import asks whether they are the same clinic.
 */
export function twinWarnings(records: BundleRecords): string[] {
  const live = records.clinic.filter((c) => !c.deleted);
  const named = (c: ClinicLike) => {
    const city = cityOf(c.data.address);
    return `"${c.data.name || 'Untitled clinic'}" (${city ? `${city}, ` : ''}id ${c.id})`;
  };
  return live.flatMap((clinic, i) =>
    findClinicTwins([clinic], live.slice(i + 1)).flatMap((twin) =>
      twin.matches.map(
        (m) =>
          `Warning: ${named(clinic)} and ${named(m.clinic)} have the same ${m.reason} but different ids: they were kept as two clinics. Import the inputs in the app to say whether they are the same clinic.`,
      ),
    ),
  );
}

export interface SignOptions {
  /** A signing key file (.casign) to sign the output with. */
  sign?: string;
  /** The name written as the signer; the key file's own name when not given. */
  signerName?: string;
  /** Where the signing key file's passphrase is kept, when it differs from the inputs'. */
  signPassphraseFile?: string;
}

export async function merge(
  out: string,
  inputs: string[],
  options: OpenOptions & RecipientOptions & SignOptions,
  io: Io,
): Promise<void> {
  if (inputs.length < 1) throw new CliError('merge needs at least one input file.');
  if (options.signerName !== undefined && !options.sign) throw new CliError('--signer-name goes with --sign KEYFILE.');
  const key = await openingKey(options.key, io);
  const folder = await blobFolder();
  try {
    await mergeThrough(folder, out, inputs, key, options, io);
  } finally {
    await folder.remove();
  }
}

async function mergeThrough(
  folder: Awaited<ReturnType<typeof blobFolder>>,
  out: string,
  inputs: string[],
  key: Awaited<ReturnType<typeof openingKey>>,
  options: OpenOptions & RecipientOptions & SignOptions,
  io: Io,
): Promise<void> {
  // Each input's evidence goes to the private folder as it streams by, each hash once.
  const opened = await openContents(inputs, key, 'merge', () => folder.keep);
  const recipients =
    (await namedRecipients(options)) ??
    inputRecipients(
      inputs.map((file, i) => ({ file, header: opened[i]!.info.header })),
      key,
    );
  const signing = options.sign ? await signingKey(options.sign, options.signPassphraseFile, io) : undefined;
  const signer = signing
    ? { name: options.signerName ?? signing.name, privateKey: signing.privateKey, publicKey: signing.publicKey }
    : undefined;

  const { records, conflicts } = mergeRecordSets(
    opened.map(({ content }) => ({ records: content.records, redacted: content.manifest.redacted })),
  );
  const redacted = opened.some(({ content }) => content.manifest.redacted);
  // A redacted input left its evidence out; what another input carried still travels.
  const blobs = evidenceBlobs(records).filter((b) => folder.has(b.sha256));
  const content = buildBundleContent(records, { kind: 'all' }, 'cli-merge', signer?.name ?? '', {
    redact: redacted,
    blobs,
  });
  const plain = contentPlaintext(content, (blob) => folder.pieces(blob));
  await writeStreamed(out, sealStream(plain, { recipients: recipients.specs, ...(signer ? { signer } : {}) }));
  signing?.privateKey.fill(0);

  const inputSigners = [
    ...new Set(
      opened.flatMap(({ info }) => (info.signer ? [`"${info.signer.name}" (key ${info.signer.fingerprint})`] : [])),
    ),
  ];
  io.out(
    `Merged ${count(inputs.length, 'file')} into ${out}: ${countLine(records)}; ${count(conflicts, 'conflict')} kept for review.`,
  );
  io.out(
    `Evidence: ${count(blobs.length, 'photo or file', 'photos and files')} (${sizeWords(blobs.reduce((n, b) => n + b.size, 0))}), each once.`,
  );
  io.out(`Sealed for: ${recipients.words.join('; ')}.`);
  if (signer && signing) io.out(`Signed by "${signer.name}" (key ${signing.fingerprint}).`);
  else
    io.out(
      `Not signed${inputSigners.length ? ` (the inputs were signed by ${inputSigners.join(', ')}; --sign KEYFILE signs the merged file)` : ''}.`,
    );
  io.out(redacted ? 'Redacted: yes, as an input was (no contacts, no notes).' : 'Redacted: no.');
  for (const line of twinWarnings(records)) (io.warn ?? io.out)(line);
}
