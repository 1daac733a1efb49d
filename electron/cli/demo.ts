/** `demo`: the sample clinic assessment as a file, and its report. */
import path from 'node:path';
import { buildBundleContent } from '../../shared/bundle/bundleContent';
import { contentPlaintext } from '../../shared/bundle/contentStream';
import { sealStream } from '../../shared/bundle/writeBundle';
import { writeStreamed } from './blobFolder';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { sampleRecords } from '../../shared/sample/sampleRecords';
import { makeFolder, writeOutput, type Io } from './io';
import { namedRecipients, type RecipientOptions, type OutputRecipients } from './outputRecipients';
import { reportDocument } from './reports';
import { countLine } from './verify';

/** The recipients named, else the usual passphrase, else "demo". */
async function demoRecipients(options: RecipientOptions, io: Io): Promise<OutputRecipients> {
  const named = await namedRecipients(options);
  if (named) return named;
  const given = await io.passphrase();
  if (!given) io.out('No passphrase given: the demo file is encrypted with the passphrase "demo".');
  return {
    specs: [{ type: 'passphrase', passphrase: given || 'demo', derive: deriveKeyBytes }],
    words: ['passphrase'],
  };
}

export async function demo(outDir: string, options: RecipientOptions, io: Io): Promise<void> {
  const recipients = await demoRecipients(options, io);
  const today = new Date().toISOString().slice(0, 10);
  const records = await sampleRecords('cli-demo', today);
  const content = buildBundleContent(records, { kind: 'all' }, 'cli-demo', '');
  await makeFolder(outDir);
  const target = path.join(outDir, 'sample.cabundle');
  // The sample has no evidence: the file is the records, framed as every file since 1.4.
  await writeStreamed(
    target,
    sealStream(
      contentPlaintext(content, () => []),
      { recipients: recipients.specs },
    ),
  );
  io.out(`Wrote ${target}: ${countLine(records)}.`);
  const reportFile = path.join(outDir, 'sample-report.pdf');
  const { bytes: pdf, findings } = await reportDocument(records, today);
  await writeOutput(reportFile, pdf);
  io.out(`Wrote ${reportFile}: the clinic report of the sample, ${findings} findings.`);
}
