/**
 * The command line, under plain Node: `npx clinic-assessor <command>` (entry: cli.mjs).
 * Each command lives in cli/ in a file named for it; usage in cli/usage.ts.
 *
 * Files are read as streams, chunk by chunk: inspect reads only the header, verify
 * checks any size in about one chunk of memory, and commands that hold the records
 * (export-json, export-findings, merge, report, portfolio) refuse files over a stated size first.
 *
 * Passphrases come from CLINIC_ASSESSOR_PASSPHRASE, --passphrase-file, or a prompt
 * on a terminal; never from an argument. Exit 0 on success; otherwise one line on
 * stderr saying what is wrong and where, and exit 1 (usage or input) or 2 (the file itself).
 */
import { parseArgs } from 'node:util';
import { demo } from './cli/demo';
import { inspect } from './cli/inspect';
import { CliError, fsProblem, type Io } from './cli/io';
import { keygen, keygenSigning } from './cli/keygen';
import { refuseRevokedSigner, revoke, rotateKey } from './cli/firmCommands';
import { merge } from './cli/merge';
import { packBuild, packVerify, reportPack } from './cli/pack';
import { readPassphrase } from './cli/passphrase';
import { portfolio, report } from './cli/reports';
import { changeRequest } from './cli/changeRequest';
import { plan } from './cli/plan';
import { exportFindings } from './cli/exportFindings';
import { readTrustList } from './cli/trustFile';
import { options, usage } from './cli/usage';
import { exportJson, verify } from './cli/verify';

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function need(value: string | undefined, message: string): string {
  if (!value) throw new CliError(message);
  return value;
}

async function trustOptions(values: Values) {
  if (values['require-trusted'] && !values.trust)
    throw new CliError('--require-trusted needs --trust TRUST_FILE, the signers to trust.');
  return {
    trust: values.trust ? await readTrustList(values.trust) : undefined,
    requireTrusted: values['require-trusted'],
  };
}

/** With --revoked, a file signed by a key on the firm's revocation list is refused before anything else. */
async function revocations(file: string, values: Values, io: Io): Promise<void> {
  if (values.revoked)
    await refuseRevokedSigner(file, { revoked: values.revoked, key: values.key, firm: values.firm }, io);
}

/** `pack build PROFILE.json …` and `pack verify PACK.capack --firm FIRM.capub`. */
async function packCommand([sub, file]: string[], values: Values, io: Io): Promise<void> {
  if (sub === 'build') {
    if (!file || !values.key || !values.out)
      throw new CliError('pack build needs PROFILE.json, --key FIRM.cakey and --out PACK.capack.');
    return packBuild(
      {
        profile: file,
        key: values.key,
        out: values.out,
        kev: values.kev,
        osLifecycle: values['os-lifecycle'],
        bandwidth: values.bandwidth,
      },
      io,
    );
  }
  if (sub === 'verify') {
    if (!file || !values.firm) throw new CliError('pack verify needs PACK.capack and --firm FIRM.capub.');
    return packVerify(file, values.firm, io);
  }
  throw new CliError(
    'pack takes build or verify: pack build PROFILE.json …, pack verify PACK.capack --firm FIRM.capub.',
  );
}

async function run(command: string, args: string[], values: Values, io: Io): Promise<void> {
  const file = args[0];
  const recipients = { recipient: values.recipient, passphraseRecipient: values['passphrase-recipient'] };
  switch (command) {
    case 'demo':
      return demo(need(values.out, 'demo needs --out DIR.'), recipients, io);
    case 'inspect':
      await revocations(need(file, 'inspect needs a FILE.'), values, io);
      return inspect(need(file, 'inspect needs a FILE.'), await trustOptions(values), io);
    case 'verify':
      await revocations(need(file, 'verify needs a FILE.'), values, io);
      return verify(need(file, 'verify needs a FILE.'), { key: values.key, ...(await trustOptions(values)) }, io);
    case 'export-json':
      return exportJson(need(file, 'export-json needs a FILE.'), { key: values.key }, io);
    case 'export-findings':
      return exportFindings(
        need(file, 'export-findings needs a FILE.'),
        {
          key: values.key,
          assessment: values.assessment,
          out: values.out,
          date: values.date,
          pack: await reportPack(values.pack, values.firm),
        },
        io,
      );
    case 'merge':
      return merge(
        need(values.out, 'merge needs --out OUT.'),
        args,
        {
          key: values.key,
          ...recipients,
          sign: values.sign,
          signerName: values['signer-name'],
          signPassphraseFile: values['sign-passphrase-file'],
        },
        io,
      );
    case 'report':
      if (!file || !values.out) throw new CliError('report needs a FILE and --out R.pdf or R.docx.');
      return report(
        file,
        values.out,
        {
          key: values.key,
          assessment: values.assessment,
          prior: values.prior,
          date: values.date,
          pack: await reportPack(values.pack, values.firm),
        },
        io,
      );
    case 'change-request':
      if (!file || !values.out) throw new CliError('change-request needs a FILE and --out CR.csv or CR.xlsx.');
      return changeRequest(file, values.out, { key: values.key, assessment: values.assessment }, io);
    case 'plan':
      if (!file || !values.out) throw new CliError('plan needs a FILE and --out PLAN.xlsx or PLAN.csv.');
      return plan(
        file,
        values.out,
        { key: values.key, assessment: values.assessment, pack: await reportPack(values.pack, values.firm) },
        io,
      );
    case 'portfolio':
      return portfolio(
        args,
        need(values.out, 'portfolio needs --out PDF.'),
        { key: values.key, date: values.date, pack: await reportPack(values.pack, values.firm) },
        io,
      );
    case 'keygen':
      return (values.signing ? keygenSigning : keygen)(
        need(values.out, 'keygen needs --out DIR.'),
        values.name ?? (values.signing ? 'Assessor' : 'Parent firm'),
        io,
      );
    case 'revoke':
      if (!values.key || !values.out || !values.fingerprint || !values.reason)
        throw new CliError('revoke needs --key FIRM.cakey, --out LIST.carevoked, --fingerprint FP and --reason TEXT.');
      return revoke(
        {
          key: values.key,
          out: values.out,
          list: values.list,
          fingerprint: values.fingerprint,
          name: values.name,
          reason: values.reason,
        },
        io,
      );
    case 'rotate-key':
      if (!values.key || !values.out) throw new CliError('rotate-key needs --key OLD.cakey and --out DIR.');
      return rotateKey({ key: values.key, out: values.out, name: values.name }, io);
    case 'pack':
      return packCommand(args, values, io);
    default:
      throw new CliError(`Unknown command "${command}". ${usage}`);
  }
}

export async function runCli(argv: string[], io?: Partial<Io>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n')[0]}\n${usage}\n`);
    return 1;
  }
  const { positionals, values } = parsed;
  const [command, ...args] = positionals;
  let asked: Promise<string | undefined> | undefined;
  const fullIo: Io = {
    out: io?.out ?? ((line) => process.stdout.write(`${line}\n`)),
    warn: io?.warn ?? ((line) => process.stderr.write(`${line}\n`)),
    // Asked once: a command that needs it twice (merge) does not prompt twice.
    passphrase: () => (asked ??= (io?.passphrase ?? (() => readPassphrase(values['passphrase-file'])))()),
  };
  if (values.help || !command) {
    fullIo.out(usage);
    return values.help ? 0 : 1;
  }
  try {
    await run(command, args, values, fullIo);
    return 0;
  } catch (error) {
    const known = error instanceof CliError;
    // Never a stack or an error code: what is wrong, in one line.
    const message = known
      ? error.message
      : `Failed: ${(error as NodeJS.ErrnoException | undefined)?.code ? `${fsProblem(error)}.` : (error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    process.stderr.write(`${message}\n`);
    return known ? error.exitCode : 1;
  }
}

/**
 * The process entry: a reader that stops reading (`export-json FILE | head`) ends the
 * command quietly, and any other failure of stdout is one line.
 */
export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE')
      process.stderr.write('Cannot write the output: the place it goes to stopped accepting it.\n');
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  process.exitCode = await runCli(argv);
}
