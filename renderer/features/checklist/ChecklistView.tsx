import { useLiveQuery } from 'dexie-react-hooks';
import { checklistProgress, sections, visibleQuestions, withSettled } from '../../../shared/checklists/checklist';
import { useRepositories } from '../../session/SessionContext';
import { routeHref } from '../../routing/useHashRoute';
import { clinicTitle } from '../../components/clinicLabels';
import { BandwidthPanel } from './BandwidthPanel';
import { RemoteAccessPanel } from './RemoteAccessPanel';
import { ScanGuidancePanel } from './ScanGuidancePanel';
import { QuestionField } from './QuestionField';
import { SectionNav } from './SectionNav';
import { useAnswers } from './useAnswers';
import { useInventoryAnswers } from './useInventoryAnswers';
import { useShownAnswers } from './useShownAnswers';

export function ChecklistView({ assessmentId, sectionId }: { assessmentId: string; sectionId: string | undefined }) {
  const repos = useRepositories();
  const context = useLiveQuery(async () => {
    // Every list is read in the first round, before any decryption is awaited, so the live query watches them all.
    const [assessment, networks, assets, vendorLinks, flows] = await Promise.all([
      repos.assessment.get(assessmentId),
      repos.network.list(assessmentId),
      repos.asset.list(assessmentId),
      repos.vendorAccess.list(assessmentId),
      repos.flow.list(assessmentId),
    ]);
    const clinic = assessment ? await repos.clinic.get(assessment.data.clinicId) : undefined;
    return { assessment, clinic, networks, assets, vendorLinks, flows };
  }, [repos, assessmentId]);
  const answers = useAnswers(assessmentId);
  const inventory = useInventoryAnswers(context, answers?.values);
  const shown = useShownAnswers(answers);

  if (!context || !answers || !shown.values || !inventory) return <p aria-busy="true">Decrypting…</p>;
  if (!context.assessment || context.assessment.deleted) {
    return (
      <>
        <h1 tabIndex={-1}>Checklist</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }

  const index = Math.max(
    0,
    sections.findIndex((s) => s.id === sectionId),
  );
  const section = sections[index] ?? sections[0];
  if (!section) return null;
  const previous = sections[index - 1];
  const next = sections[index + 1];
  // Conditions and progress read the answers on screen, and the inventory's over them.
  const values = withSettled(shown.values, inventory.settled);
  const overall = checklistProgress(shown.values, inventory.settled);
  const questions = visibleQuestions(section, values);

  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Checklist</h1>
          <p className="lead">
            {clinicTitle(context.clinic?.data.name)} · {context.assessment.data.title || 'Untitled assessment'}
          </p>
        </div>
        <div className="overall-progress">
          <label htmlFor="overall-progress">
            {overall.answered} of {overall.total} answered
            {overall.requiredMissing > 0 ? `, ${overall.requiredMissing} required missing` : ''}
          </label>
          <progress id="overall-progress" max={overall.total} value={overall.answered} />
        </div>
      </div>
      <div className="checklist-layout">
        <SectionNav
          assessmentId={assessmentId}
          current={section.id}
          answers={shown.values}
          settled={inventory.settled}
        />
        <section className="card checklist-section" aria-labelledby="section-title">
          <h2 id="section-title">{section.title}</h2>
          <p className="lead">{section.intro}</p>
          {section.id === 'connectivity' ? <BandwidthPanel assessmentId={assessmentId} answers={values} /> : null}
          {section.id === 'vendor' ? <RemoteAccessPanel assessmentId={assessmentId} /> : null}
          {section.id === 'scanning' ? (
            <ScanGuidancePanel networks={context.networks} assets={context.assets} answers={values} />
          ) : null}
          {questions.map((question) => (
            <QuestionField
              key={question.id}
              assessmentId={assessmentId}
              question={question}
              stored={answers.records.get(question.id)}
              networks={context.networks.map((n) => ({
                value: n.id,
                label: n.data.name || n.data.subnet || 'Unnamed network',
              }))}
              assets={context.assets.map((a) => ({
                value: a.id,
                label: a.data.name || [a.data.vendor, a.data.model].filter(Boolean).join(' ') || 'Unnamed asset',
                kind: a.data.kind,
              }))}
              inventory={inventory}
              onShown={shown.report}
            />
          ))}
          <nav className="section-steps" aria-label="Section steps">
            {previous ? (
              <a className="button" href={routeHref('checklist', assessmentId, previous.id)}>
                ← Previous: {previous.title}
              </a>
            ) : (
              <span />
            )}
            {next ? (
              <a className="button button-primary" href={routeHref('checklist', assessmentId, next.id)}>
                Next: {next.title} →
              </a>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  );
}
