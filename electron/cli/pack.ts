/**
 * `pack build` and `pack verify`: the firm's signed content pack (shared/bundle/packFile.ts),
 * and `--pack` for `report` and `portfolio`, so the command line judges findings under the
 * same pack as the app.
 */
import { z } from 'zod';
import {
  checkedPackContent,
  contentIssueSentence,
  MAX_PACK_FILE_BYTES,
  packCarries,
  packCounts,
  packFileText,
  PackError,
  readPackFile,
  type VerifiedPack,
} from '../../shared/bundle/packFile';
import { utf8 } from '../../shared/crypto/bytes';
import { packLabel, type ActivePack } from '../../shared/reference/contentPack';
import { kevCatalog, packOsProduct, packWorkload } from '../../shared/reference/packTables';
import { count } from '../../shared/model/plural';
import { chainOf } from './firmCommands';
import { CliError, readSmallText, writeOutput, type Io } from './io';
import { firmPrivateKeyFile, publicKeyFile } from './keys';

/** A JSON input of `pack build`, parsed; what is wrong says which file. */
async function jsonFile(file: string, what: string): Promise<unknown> {
  const text = await readSmallText(file, what, MAX_PACK_FILE_BYTES);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${file}: this ${what} is not JSON.`);
  }
}

/** One table file, checked on its own so a mistake names the file it is in. */
async function table<T>(file: string | undefined, what: string, schema: z.ZodType<T>): Promise<T | undefined> {
  if (!file) return undefined;
  const parsed = schema.safeParse(await jsonFile(file, what));
  if (!parsed.success) throw new CliError(contentIssueSentence(parsed.error, `${file}: the ${what}`));
  return parsed.data;
}

export interface PackBuildOptions {
  profile: string;
  key: string;
  out: string;
  kev?: string | undefined;
  osLifecycle?: string | undefined;
  bandwidth?: string | undefined;
}

/** Signs the profile (and the tables given) into a `.capack` with the firm key. */
export async function packBuild(options: PackBuildOptions, io: Io): Promise<void> {
  const head = await jsonFile(options.profile, 'profile');
  if (typeof head !== 'object' || head === null || Array.isArray(head))
    throw new CliError(`${options.profile}: a profile is a JSON object with name, version, issued, firm and profile.`);
  const kev = await table(options.kev, 'KEV catalogue', kevCatalog);
  const osLifecycle = await table(options.osLifecycle, 'OS lifecycle table', z.array(packOsProduct).max(2000));
  const bandwidth = await table(options.bandwidth, 'bandwidth table', z.array(packWorkload).max(50));
  let content;
  try {
    content = checkedPackContent(
      {
        issued: new Date().toISOString().slice(0, 10),
        ...head,
        ...(kev ? { kev } : {}),
        ...(osLifecycle ? { osLifecycle } : {}),
        ...(bandwidth ? { bandwidth } : {}),
      },
      `${options.profile}: the profile`,
    );
  } catch (error) {
    if (error instanceof PackError) throw new CliError(error.message);
    throw error;
  }
  const firm = await firmPrivateKeyFile(options.key, io);
  try {
    await writeOutput(options.out, utf8(await packFileText(content, firm)));
  } finally {
    firm.privateKey.fill(0);
  }
  io.out(
    `Wrote ${options.out}: ${content.name}, version ${content.version} of ${content.issued}, signed by the firm key ${firm.fingerprint}.`,
  );
  io.out(`It carries ${packCarries(content)}.`);
}

/** A pack checked against the firm's public key file (and the key it replaced); exit 2 when it does not hold. */
export async function verifiedPack(file: string, firmFile: string): Promise<VerifiedPack> {
  const firm = await publicKeyFile(firmFile);
  const text = await readSmallText(file, 'content pack', MAX_PACK_FILE_BYTES);
  try {
    return await readPackFile(text, chainOf(firm));
  } catch (error) {
    if (error instanceof PackError) throw new CliError(`${file}: ${error.message}`, 2);
    throw error;
  }
}

/** Prints what a pack is and carries, after checking its signature and content. */
export async function packVerify(file: string, firmFile: string, io: Io): Promise<void> {
  const { pack, endorsedBy } = await verifiedPack(file, firmFile);
  const { content, signedBy } = pack;
  const c = packCounts(content);
  io.out(`Content pack: ${content.name}`);
  io.out(`Version: ${content.version}`);
  io.out(`Issued: ${content.issued || 'not dated'}`);
  if (content.firm) io.out(`Firm: ${content.firm}`);
  io.out(
    `Signed by: ${signedBy.name || 'the firm key'} (${signedBy.fingerprint})${endorsedBy ? `, endorsed by ${endorsedBy}` : ''}`,
  );
  io.out(
    `Carries: ${[
      count(c.standards, 'minimum standard'),
      count(c.addressRanges, 'address range'),
      count(c.agents, 'required agent'),
      count(c.kevEntries, 'KEV entry', 'KEV entries'),
    ].join(', ')}`,
  );
  io.out(`Signature and content: OK. Reports judged under it say "${packLabel(pack)}".`);
}

/** The pack `report` and `portfolio` judge under: --pack, checked against --firm. */
export async function reportPack(pack: string | undefined, firm: string | undefined): Promise<ActivePack | undefined> {
  if (!pack) return undefined;
  if (!firm) throw new CliError('--pack needs --firm FIRM.capub, the firm key that signed it.');
  return (await verifiedPack(pack, firm)).pack;
}
