/**
 * The command line, under plain Node: `npx clinic-assessor <command>` (entry: cli.mjs).
 *
 *   demo --out DIR            DIR/sample.cabundle: the sample clinic assessment
 *   inspect FILE              what the header says, no secret needed
 *   verify FILE               decrypt and check every part
 *   export-json FILE          the decrypted records as JSON, to stdout
 *   merge --out OUT IN...     one file merged from several, conflicts kept
 *
 * Passphrases come from CLINIC_ASSESSOR_PASSPHRASE, --passphrase-file, or a prompt
 * on a terminal; never from an argument. Exit 0 on success; otherwise one line on
 * stderr saying what is wrong, and exit 1 (usage or input) or 2 (the file itself).
 */
import { parseArgs } from 'node:util';
import { BundleError } from '../shared/bundle/bundleErrors';
import { CliError, demo, exportJson, inspect, merge, verify, type Io } from './cli/commands';
import { readPassphrase } from './cli/passphrase';

const usage = 'Usage: clinic-assessor demo --out DIR | inspect FILE | verify FILE | export-json FILE | merge --out OUT IN... [--passphrase-file F]';

export async function runCli(argv: string[], io?: Partial<Io>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 1;
  }
  const { positionals, values } = parsed;
  const [command, ...args] = positionals;
  const fullIo: Io = {
    out: io?.out ?? ((line) => process.stdout.write(`${line}\n`)),
    passphrase: io?.passphrase ?? (() => readPassphrase(values['passphrase-file'])),
  };
  if (values.help || !command) {
    fullIo.out(usage);
    return values.help ? 0 : 1;
  }
  try {
    const file = args[0];
    switch (command) {
      case 'demo':
        if (!values.out) throw new CliError('demo needs --out DIR.');
        await demo(values.out, fullIo);
        break;
      case 'inspect':
      case 'verify':
      case 'export-json':
        if (!file) throw new CliError(`${command} needs a FILE.`);
        await (command === 'inspect' ? inspect : command === 'verify' ? verify : exportJson)(file, fullIo);
        break;
      case 'merge':
        if (!values.out) throw new CliError('merge needs --out OUT.');
        await merge(values.out, args, fullIo);
        break;
      default:
        throw new CliError(`Unknown command "${command}". ${usage}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BundleError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`${error instanceof CliError ? error.message : `Failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    return 1;
  }
}
