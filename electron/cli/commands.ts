import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildBundleContent, parseBundleContent, type BundleContent, type BundleRecords } from '../../shared/bundle/bundleContent';
import { privateKeyFileText, publicKeyFileText, PRIVATE_KEY_EXTENSION, PUBLIC_KEY_EXTENSION, readPrivateKeyFile, readPublicKeyFile } from '../../shared/bundle/keyFiles';
import { mergeBundleRecords } from '../../shared/bundle/mergeContents';
import { openBundle, parseBundle, type BundleInfo, type UnlockKey } from '../../shared/bundle/readBundle';
import { isPassphrase, isPublicKey } from '../../shared/bundle/recipients';
import { sealBundle, type RecipientSpec } from '../../shared/bundle/writeBundle';
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { generateKeyPair } from '../../shared/crypto/ecKeys';
import { deriveKeyBytes } from '../../shared/crypto/kdf';
import { entityTypes } from '../../shared/model/entities';
import { priorChoice } from '../../shared/compare/priorAssessment';
import { assessmentRecordsFrom, assessmentsIn } from '../../shared/report/assessmentRecords';
import { buildClinicReport } from '../../shared/report/clinicReport';
import { clinicReportPdf } from '../../shared/report/pdf/clinicReportPdf';
import { portfolioReportPdf } from '../../shared/report/pdf/portfolioReportPdf';
import { buildPortfolioReport } from '../../shared/report/portfolioReport';
import { sampleRecords } from '../../shared/sample/sampleRecords';
import { writeFileAtomic } from '../ipc/atomicWrite';
import { loadReportFonts } from './reportFonts';

export interface Io {
  out(line: string): void;
  passphrase(): Promise<string | undefined>;
}

/** Options shared by the commands: which key opens the inputs, who the output is for. */
export interface KeyOptions {
  /** A firm private key file: inputs open with it (its passphrase comes from the usual sources). */
  key?: string;
  /** A firm public key file: the output is encrypted for it instead of a passphrase. */
  recipient?: string;
}

export class CliError extends Error {}

async function needPassphrase(io: Io, what = 'a passphrase'): Promise<string> {
  const passphrase = await io.passphrase();
  if (!passphrase) throw new CliError(`No passphrase for ${what}: set CLINIC_ASSESSOR_PASSPHRASE, pass --passphrase-file, or run on a terminal to be asked.`);
  return passphrase;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}.`);
  }
}

async function unlockKey(options: KeyOptions, io: Io): Promise<UnlockKey> {
  if (!options.key) return { type: 'passphrase', passphrase: await needPassphrase(io), derive: deriveKeyBytes };
  const key = await readPrivateKeyFile(fromUtf8(await readInput(options.key)), await needPassphrase(io, 'the private key file'), deriveKeyBytes);
  return { type: 'private-key', privateKey: key.privateKey, publicKey: key.publicKey };
}

async function recipientSpec(options: KeyOptions, passphrase: () => Promise<string>): Promise<RecipientSpec> {
  if (!options.recipient) return { type: 'passphrase', passphrase: await passphrase(), derive: deriveKeyBytes };
  const key = await readPublicKeyFile(fromUtf8(await readInput(options.recipient)));
  return { type: 'public-key', publicKey: key.publicKey };
}

async function openContent(file: string, key: UnlockKey): Promise<{ content: BundleContent; info: BundleInfo }> {
  const { payload, info } = await openBundle(await readInput(file), { key });
  return { content: parseBundleContent(fromUtf8(payload)), info };
}

function countLine(records: BundleRecords): string {
  return entityTypes.map((t) => `${records[t].length} ${t}`).join(', ');
}

function signerLine(info: BundleInfo): string {
  return info.signer ? `signed by "${info.signer.name}", key ${info.signer.fingerprint}, signature valid` : 'not signed';
}

/**
 * The clinic report of one assessment in decrypted records (the latest unless an id is
 * given), compared with the previous visit: from `priorRecords` when given, else from the
 * same records when they hold an earlier assessment of the clinic.
 */
async function reportPdf(records: BundleRecords, reportDate: string, assessmentId?: string, priorRecords?: BundleRecords): Promise<{ pdf: Uint8Array; clinic: string; findings: number; prior?: string }> {
  const chosen = assessmentId ?? assessmentsIn(records)[0]?.id;
  const selected = chosen ? assessmentRecordsFrom(records, chosen) : undefined;
  if (!selected) throw new CliError(assessmentId ? `The file holds no assessment ${assessmentId}.` : 'The file holds no assessment to report on.');
  const source = priorRecords ?? records;
  const choice = priorChoice(selected.assessment, assessmentsIn(source));
  const priorId = choice.defaultId ?? (priorRecords ? choice.candidates[0]?.id : undefined);
  if (priorRecords && !priorId) throw new CliError(`The prior file holds no other assessment of ${selected.clinic.data.name || 'this clinic'}.`);
  const prior = priorId ? assessmentRecordsFrom(source, priorId) : undefined;
  const report = buildClinicReport(selected, reportDate, prior);
  return { pdf: clinicReportPdf(report, await loadReportFonts()), clinic: report.clinic.name, findings: report.findings.length, ...(prior ? { prior: prior.assessment.data.startDate || prior.assessment.data.title } : {}) };
}

export async function demo(outDir: string, options: KeyOptions, io: Io): Promise<void> {
  const recipient = await recipientSpec(options, async () => {
    const given = await io.passphrase();
    if (given) return given;
    io.out('No passphrase given: the demo file is encrypted with the passphrase "demo".');
    return 'demo';
  });
  const records = await sampleRecords('cli-demo', new Date().toISOString().slice(0, 10));
  const content = buildBundleContent(records, { kind: 'all' }, 'cli-demo', '');
  await mkdir(outDir, { recursive: true });
  const target = path.join(outDir, 'sample.cabundle');
  await writeFileAtomic(target, await sealBundle(utf8(JSON.stringify(content)), { recipients: [recipient] }));
  io.out(`Wrote ${target}: ${countLine(records)}.`);
  const reportFile = path.join(outDir, 'sample-report.pdf');
  const { pdf, findings } = await reportPdf(records, new Date().toISOString().slice(0, 10));
  await writeFileAtomic(reportFile, pdf);
  io.out(`Wrote ${reportFile}: the clinic report of the sample, ${findings} findings.`);
}

export interface ReportOptions extends KeyOptions {
  assessment?: string;
  /** Another assessment file holding the visit before. */
  prior?: string;
  /** The report's date, YYYY-MM-DD (default today): the same data and date give the same PDF. */
  date?: string;
}

function checkedDate(date: string | undefined): string {
  const reportDate = date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reportDate)) throw new CliError('--date takes YYYY-MM-DD.');
  return reportDate;
}

export async function report(file: string, out: string, options: ReportOptions, io: Io): Promise<void> {
  const reportDate = checkedDate(options.date);
  const key = await unlockKey(options, io);
  const { content } = await openContent(file, key);
  const prior = options.prior ? (await openContent(options.prior, key)).content.records : undefined;
  const result = await reportPdf(content.records, reportDate, options.assessment, prior);
  await writeFileAtomic(out, result.pdf);
  io.out(`Wrote ${out}: the report of ${result.clinic}, ${result.findings} findings${result.prior ? `, compared with the previous visit of ${result.prior}` : ''}.`);
}

export async function inspect(file: string, io: Io): Promise<void> {
  const bytes = await readInput(file);
  const { version, header, payload } = parseBundle(bytes);
  io.out(`Clinic Assessor assessment file, format ${version.major}.${version.minor}`);
  io.out(`Created: ${header.created}`);
  io.out(`Size: ${bytes.byteLength} bytes, payload ${payload.byteLength} bytes in ${Math.max(1, Math.ceil(payload.byteLength / (header.chunkBytes + 16)))} chunk(s)`);
  for (const r of header.recipients) {
    if (isPassphrase(r)) io.out(`Recipient: passphrase (Argon2id, ${Math.round(r.kdf.memoryKiB / 1024)} MiB, ${r.kdf.iterations} passes, parallelism ${r.kdf.parallelism})`);
    else if (isPublicKey(r)) io.out(`Recipient: public key ${r.keyId} (ECDH P-256)`);
    else io.out(`Recipient: ${r.type} (unknown to this version, skipped)`);
  }
  io.out(header.signer ? `Signer: "${header.signer.name}" (ECDSA P-256; verify checks the signature)` : 'Signer: none');
}

export async function verify(file: string, options: KeyOptions, io: Io): Promise<void> {
  const { content, info } = await openContent(file, await unlockKey(options, io));
  io.out(`OK: every chunk decrypted and checked; ${signerLine(info)}; exported ${content.manifest.created}; ${countLine(content.records)}.`);
}

export async function exportJson(file: string, options: KeyOptions, io: Io): Promise<void> {
  const { content } = await openContent(file, await unlockKey(options, io));
  io.out(JSON.stringify(content, null, 2));
}

export async function merge(out: string, inputs: string[], options: KeyOptions, io: Io): Promise<void> {
  if (inputs.length < 1) throw new CliError('merge needs at least one input file.');
  const key = await unlockKey(options, io);
  const contents = [];
  for (const input of inputs) contents.push((await openContent(input, key)).content);
  const { records, conflicts } = mergeBundleRecords(contents.map((c) => ({ records: c.records, redacted: c.manifest.redacted })));
  const redacted = contents.some((c) => c.manifest.redacted);
  const recipient = await recipientSpec(options, async () => (key.type === 'passphrase' ? key.passphrase : needPassphrase(io)));
  await writeFileAtomic(out, await sealBundle(utf8(JSON.stringify(buildBundleContent(records, { kind: 'all' }, 'cli-merge', '', { redact: redacted }))), { recipients: [recipient] }));
  io.out(`Merged ${inputs.length} file(s) into ${out}: ${countLine(records)}; ${conflicts} conflict(s) kept for review${redacted ? '; redacted, as an input was' : ''}.`);
}

/** The parent firm's portfolio report over every clinic in the files, merged. */
export async function portfolio(inputs: string[], out: string, options: ReportOptions, io: Io): Promise<void> {
  if (!inputs.length) throw new CliError('portfolio needs at least one input file.');
  const reportDate = checkedDate(options.date);
  const key = await unlockKey(options, io);
  const sets = [];
  for (const input of inputs) {
    const { content } = await openContent(input, key);
    sets.push({ records: content.records, redacted: content.manifest.redacted });
  }
  const report = buildPortfolioReport(mergeBundleRecords(sets).records, reportDate);
  await writeFileAtomic(out, portfolioReportPdf(report, await loadReportFonts()));
  io.out(`Wrote ${out}: ${report.clinics.length} clinic(s), ${report.clinics.filter((c) => c.open.critical > 0).length} with critical findings.`);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** A firm key pair: the public key to hand out, the private key encrypted with the passphrase. */
export async function keygen(outDir: string, name: string, io: Io): Promise<void> {
  const passphrase = await needPassphrase(io, 'the new private key');
  const publicFile = path.join(outDir, `firm.${PUBLIC_KEY_EXTENSION}`);
  const privateFile = path.join(outDir, `firm.${PRIVATE_KEY_EXTENSION}`);
  for (const file of [publicFile, privateFile]) if (await exists(file)) throw new CliError(`${file} exists already; keygen never overwrites a key.`);
  const pair = await generateKeyPair('ecdh');
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(privateFile, utf8(await privateKeyFileText(name, pair, passphrase, deriveKeyBytes)));
  const publicText = await publicKeyFileText({ name, publicKey: pair.publicKey });
  await writeFileAtomic(publicFile, utf8(publicText));
  pair.privateKey.fill(0);
  const { fingerprint } = await readPublicKeyFile(publicText);
  io.out(`Wrote ${publicFile} (hand this to assessors) and ${privateFile} (keep it; it opens only with its passphrase).`);
  io.out(`Fingerprint: ${fingerprint}`);
}
