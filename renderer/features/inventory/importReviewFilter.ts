/** The scan review's kind and status filters, as a pure function of a host and whether it is chosen. */
import type { ImportRow } from '../../../shared/import/matchImported';

export interface ReviewFilterState {
  kind: string;
  status: '' | 'new' | 'matched' | 'chosen' | 'left-out' | 'remote';
}

export const noReviewFilter: ReviewFilterState = { kind: '', status: '' };

/** Whether a scanned host passes the review's kind and status filters. */
export function reviewMatches(filter: ReviewFilterState, row: ImportRow, chosen: boolean): boolean {
  if (filter.kind && row.proposed.kind.kind !== filter.kind) return false;
  switch (filter.status) {
    case 'new':
      return !row.existing && !row.possible;
    case 'matched':
      return Boolean(row.existing || row.possible);
    case 'chosen':
      return chosen;
    case 'left-out':
      return !chosen;
    case 'remote':
      return row.proposed.remoteAccess.length > 0;
    default:
      return true;
  }
}
