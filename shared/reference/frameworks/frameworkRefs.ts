/**
 * The frameworks a healthcare firm tracks risk by, and a reference into one of them. The
 * catalogues (hipaaSecurityRule.ts, hicp.ts, hphCpg.ts, nistCsf.ts) and the mapping of
 * rules and finding areas to them (findingReferences.ts) are versioned data: each names
 * its source and edition, so a report says which edition it judged by.
 *
 * Nothing here depends on a HIPAA implementation specification being "required" or
 * "addressable": a proposed rule change would remove the distinction.
 */
export type Framework = 'hipaa' | 'hicp' | 'cpg' | 'csf';
export const frameworks: readonly Framework[] = ['hipaa', 'hicp', 'cpg', 'csf'];

export const frameworkLabels: Record<Framework, string> = {
  hipaa: 'HIPAA Security Rule',
  hicp: 'HICP (405(d))',
  cpg: 'HPH CPGs',
  csf: 'NIST CSF 2.0',
};

/** One entry of a catalogue: a HIPAA standard or specification, an HICP (sub-)practice, a CPG, a CSF subcategory. */
export interface FrameworkEntry {
  /** As the source cites it: "164.308(a)(1)(ii)(A)", "2.M.A", "CPG 1.1", "PR.AA-03". */
  id: string;
  title: string;
  /** The entry this one belongs to (a specification's standard, a sub-practice's practice), if any. */
  parent?: string;
}

/** Where a catalogue comes from and which edition it holds. */
export interface FrameworkSource {
  framework: Framework;
  title: string;
  edition: string;
  /** The publication, as it is cited (with its address, for the reader to look up; the app never fetches it). */
  source: string;
}

/** A reference as a finding carries it. */
export interface FrameworkRef {
  framework: Framework;
  id: string;
  title: string;
}
