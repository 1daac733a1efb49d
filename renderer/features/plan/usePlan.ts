import { useEffect, useState } from 'react';
import { planRowsOf, type PlanRow } from '../../../shared/integration/planRows';
import { useAssessmentFindings, type AssessmentFindings } from '../findings';

export interface AssessmentPlan {
  findings: AssessmentFindings;
  /** One row per finding that needs action (and per item still open whose finding does not), most severe first. */
  rows: PlanRow[];
}

/** The plan of an assessment, live: undefined while decrypting, null when the assessment does not exist. */
export function usePlan(assessmentId: string): AssessmentPlan | null | undefined {
  const findings = useAssessmentFindings(assessmentId);
  const [plan, setPlan] = useState<AssessmentPlan>();
  useEffect(() => {
    if (!findings) return;
    let current = true;
    // The rows' ids are derived with WebCrypto, so they arrive a moment after the findings
    // (until then the page shows the rows it had).
    void planRowsOf(findings.records, findings.findings).then((rows) => {
      if (current) setPlan({ findings, rows });
    });
    return () => {
      current = false;
    };
  }, [findings]);
  return findings ? plan : findings;
}
