import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { osSupport } from '../../../shared/reference/osLifecycle';
import { buildContext, type AssessmentFacts } from '../../../shared/rules/context';
import { evaluateRules } from '../../../shared/rules/engine';
import type { DerivedFinding } from '../../../shared/rules/ruleTypes';
import { useRepositories } from '../../app/session/SessionContext';
import { todayIso } from '../../app/today';

export interface AssessmentFindings {
  facts: AssessmentFacts;
  findings: DerivedFinding[];
  /** Assessor decisions by derived finding key. */
  decisions: ReadonlyMap<string, { id: string; data: Finding }>;
  names: ReadonlyMap<string, string>;
  assessmentDate: string;
  clinicName: string;
  assessmentTitle: string;
}


/** Everything recorded for an assessment, live, and the findings the rules derive from it. */
export function useAssessmentFindings(assessmentId: string): AssessmentFindings | null | undefined {
  const repos = useRepositories();
  const loaded = useLiveQuery(async () => {
    const assessment = await repos.assessment.get(assessmentId);
    if (!assessment || assessment.deleted) return null;
    const [clinic, answers, assets, networks, vendorLinks, links, applications, decisions] = await Promise.all([
      repos.clinic.get(assessment.data.clinicId),
      repos.answer.list(assessmentId),
      repos.asset.list(assessmentId),
      repos.network.list(assessmentId),
      repos.vendorAccess.list(assessmentId),
      repos.link.list(assessmentId),
      repos.application.list(assessmentId),
      repos.finding.list(assessmentId),
    ]);
    return { assessment, clinic, answers, assets, networks, vendorLinks, links, applications, decisions };
  }, [repos, assessmentId]);

  return useMemo(() => {
    if (loaded === undefined || loaded === null) return loaded;
    const assessmentDate = loaded.assessment.data.startDate || todayIso();
    const facts: AssessmentFacts = {
      assessmentDate,
      answers: new Map(loaded.answers.map((a) => [a.data.questionId, a.data.value] as const)),
      assets: loaded.assets,
      networks: loaded.networks,
      vendorLinks: loaded.vendorLinks,
      links: loaded.links,
      applications: loaded.applications,
    };
    const findings = evaluateRules(buildContext(facts, osSupport));
    const decisions = new Map(loaded.decisions.map((d) => [d.data.key, d] as const));
    const names = new Map<string, string>([
      ...loaded.assets.map((a) => [a.id, a.data.name || [a.data.vendor, a.data.model].filter(Boolean).join(' ') || 'Unnamed asset'] as const),
      ...loaded.networks.map((n) => [n.id, n.data.name || n.data.subnet || 'Unnamed network'] as const),
      ...loaded.vendorLinks.map((v) => [v.id, `${v.data.vendor || 'Vendor'} link`] as const),
      ...loaded.links.map((l) => [l.id, `${l.data.isp || 'Internet'} link`] as const),
      ...loaded.applications.map((a) => [a.id, a.data.name || 'Application'] as const),
    ]);
    return { facts, findings, decisions, names, assessmentDate, clinicName: loaded.clinic?.data.name ?? '', assessmentTitle: loaded.assessment.data.title };
  }, [loaded]);
}
