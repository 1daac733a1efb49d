/**
 * A proposed device is checked against the asset schema as soon as it is read, so a value
 * the inventory cannot hold is reported where it sits in the file (host, row) before the
 * review, never as a failed save afterwards.
 */
import { assetData } from '../model/asset';
import { plainIssue } from '../model/plainIssues';
import { ImportError } from './importErrors';
import { MAX_TEXT } from './nmapXml';
import { assetFromProposal } from './matchImported';
import type { ProposedAsset } from './proposedInventory';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const labels = { name: 'device name', vendor: 'vendor', osVersion: 'operating system' };

/** Throws an ImportError naming the first value of `proposed` the inventory cannot hold; `where` is "host 12 (line 340)" or "row 7". */
export function checkProposal(proposed: ProposedAsset, where: string): ProposedAsset {
  const data = assetFromProposal(proposed, NO_ID, null, true);
  const parsed = assetData.safeParse(data);
  if (!parsed.success)
    throw new ImportError('bad-value', plainIssue(parsed.error, { what: where, input: data, labels, cutAt: MAX_TEXT }));
  return proposed;
}
