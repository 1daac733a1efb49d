/**
 * How large an edited plan file may be, in one place: the import dialog reads no more
 * than `bytes` and the reader (planSheetRead.ts) refuses past each limit. A plan sheet
 * has a row per finding: a few thousand at most; a bigger file is not one.
 */
export const PLAN_FILE_LIMITS = {
  /** The file as given. */
  bytes: 10 * 1024 * 1024,
  /** An XLSX unpacked. */
  unpacked: 50 * 1024 * 1024,
  entries: 1000,
  rows: 10_000,
  /** The Plan sheet's width: its columns and room for the firm's own. */
  columns: 60,
  /** Any cell read (Excel's own limit). */
  cell: 32_767,
};

/** Header text to a column: "Target date", "target_date" and "TARGET DATE" are one. */
export const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
