/**
 * The command line, under plain Node: `npx clinic-assessor <command>` (entry: cli.mjs).
 *
 *   demo --out DIR            DIR/sample.cabundle: the sample clinic assessment
 *   inspect FILE              what the header says, no secret needed
 *   verify FILE               decrypt and check every part, and the signature
 *   export-json FILE          the decrypted records as JSON, to stdout
 *   merge --out OUT IN...     one file merged from several, conflicts kept
 *   keygen --out DIR          a firm key pair: firm.capub to hand out, firm.cakey encrypted
 *   report FILE --out PDF     the clinic assessment report of the file's latest assessment
 *   portfolio IN... --out PDF the parent firm's portfolio report over every clinic in the files
 *   revoke --key K --out LIST the firm's signed list of revoked signer keys, one more key each time
 *   rotate-key --key K --out DIR a new firm key pair endorsed by the old one
 *
 * Files for the parent firm's public key: --recipient PUBKEY_FILE when writing (demo,
 * merge), --key PRIVKEY_FILE when opening (verify, export-json, merge).
 *
 * Passphrases come from CLINIC_ASSESSOR_PASSPHRASE, --passphrase-file, or a prompt
 * on a terminal; never from an argument. Exit 0 on success; otherwise one line on
 * stderr saying what is wrong, and exit 1 (usage or input) or 2 (the file itself).
 */
import { parseArgs } from 'node:util';
import { BundleError } from '../shared/bundle/bundleErrors';
import { CliError, demo, exportJson, inspect, keygen, merge, portfolio, report, verify, type Io } from './cli/commands';
import { KeyFileError } from '../shared/bundle/keyFiles';
import { readPassphrase } from './cli/passphrase';
import { refuseRevokedSigner, revoke, rotateKey } from './cli/firmCommands';
import { RevocationError } from '../shared/bundle/revocationList';

const usage = [
  'Usage: clinic-assessor <command> [--passphrase-file F]',
  '  demo --out DIR [--recipient PUBKEY_FILE]',
  '  inspect FILE [--revoked LIST.carevoked (--key PRIVKEY_FILE | --firm PUBKEY_FILE)]',
  '  verify FILE [--key PRIVKEY_FILE] [--revoked LIST.carevoked [--firm PUBKEY_FILE]]',
  '  export-json FILE [--key PRIVKEY_FILE]',
  '  merge --out OUT IN... [--key PRIVKEY_FILE] [--recipient PUBKEY_FILE]',
  '  keygen --out DIR [--name NAME]',
  '  report FILE --out PDF [--prior FILE] [--assessment ID] [--date YYYY-MM-DD] [--key PRIVKEY_FILE]',
  '  portfolio IN... --out PDF [--date YYYY-MM-DD] [--key PRIVKEY_FILE]',
  '  revoke --key PRIVKEY_FILE --out LIST.carevoked [--list OLD.carevoked] --fingerprint FP [--name NAME] --reason TEXT',
  '  rotate-key --key PRIVKEY_FILE --out DIR [--name NAME]',
].join('\n');

export async function runCli(argv: string[], io?: Partial<Io>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
        out: { type: 'string' },
        'passphrase-file': { type: 'string' },
        key: { type: 'string' },
        recipient: { type: 'string' },
        name: { type: 'string' },
        assessment: { type: 'string' },
        prior: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean' },
        list: { type: 'string' },
        fingerprint: { type: 'string' },
        reason: { type: 'string' },
        revoked: { type: 'string' },
        firm: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 1;
  }
  const { positionals, values } = parsed;
  const [command, ...args] = positionals;
  let asked: Promise<string | undefined> | undefined;
  const fullIo: Io = {
    out: io?.out ?? ((line) => process.stdout.write(`${line}\n`)),
    // Asked once: a command that needs it twice (merge) does not prompt twice.
    passphrase: () => (asked ??= (io?.passphrase ?? (() => readPassphrase(values['passphrase-file'])))()),
  };
  if (values.help || !command) {
    fullIo.out(usage);
    return values.help ? 0 : 1;
  }
  const keys = { key: values.key, recipient: values.recipient };
  try {
    const file = args[0];
    switch (command) {
      case 'demo':
        if (!values.out) throw new CliError('demo needs --out DIR.');
        await demo(values.out, keys, fullIo);
        break;
      case 'inspect':
      case 'verify':
      case 'export-json':
        if (!file) throw new CliError(`${command} needs a FILE.`);
        if (values.revoked && command !== 'export-json') await refuseRevokedSigner(file, { revoked: values.revoked, key: values.key, firm: values.firm }, fullIo);
        if (command === 'inspect') await inspect(file, fullIo);
        else await (command === 'verify' ? verify : exportJson)(file, keys, fullIo);
        break;
      case 'merge':
        if (!values.out) throw new CliError('merge needs --out OUT.');
        await merge(values.out, args, keys, fullIo);
        break;
      case 'report':
        if (!file || !values.out) throw new CliError('report needs a FILE and --out PDF.');
        await report(file, values.out, { ...keys, assessment: values.assessment, prior: values.prior, date: values.date }, fullIo);
        break;
      case 'portfolio':
        if (!values.out) throw new CliError('portfolio needs --out PDF.');
        await portfolio(args, values.out, { ...keys, date: values.date }, fullIo);
        break;
      case 'keygen':
        if (!values.out) throw new CliError('keygen needs --out DIR.');
        await keygen(values.out, values.name ?? 'Parent firm', fullIo);
        break;
      case 'revoke':
        if (!values.key || !values.out || !values.fingerprint || !values.reason) throw new CliError('revoke needs --key FIRM.cakey, --out LIST.carevoked, --fingerprint FP and --reason TEXT.');
        await revoke({ key: values.key, out: values.out, list: values.list, fingerprint: values.fingerprint, name: values.name, reason: values.reason }, fullIo);
        break;
      case 'rotate-key':
        if (!values.key || !values.out) throw new CliError('rotate-key needs --key OLD.cakey and --out DIR.');
        await rotateKey({ key: values.key, out: values.out, name: values.name }, fullIo);
        break;
      default:
        throw new CliError(`Unknown command "${command}". ${usage}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BundleError || error instanceof KeyFileError || error instanceof RevocationError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`${error instanceof CliError ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    return 1;
  }
}
