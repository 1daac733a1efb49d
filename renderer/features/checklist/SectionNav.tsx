import { sectionProgress, sections, type Answers, type SettledValues } from '../../../shared/checklists/checklist';
import { routeHref } from '../../routing/useHashRoute';

/** Every section with its progress (a question the inventory settles counts as answered); the assessor may jump to any of them. */
export function SectionNav({
  assessmentId,
  current,
  answers,
  settled,
}: {
  assessmentId: string;
  current: string;
  answers: Answers;
  settled: SettledValues;
}) {
  return (
    <nav className="section-nav" aria-label="Checklist sections">
      <ol>
        {sections.map((section) => {
          const progress = sectionProgress(section, answers, settled);
          const complete = progress.answered === progress.total;
          return (
            <li key={section.id}>
              <a
                href={routeHref('checklist', assessmentId, section.id)}
                aria-current={section.id === current ? 'step' : undefined}
              >
                <span className="section-nav-title">{section.title}</span>
                <span
                  className={`badge ${complete ? 'badge-active' : 'badge-muted'}`}
                  aria-label={`${progress.answered} of ${progress.total} answered`}
                >
                  {progress.answered}/{progress.total}
                </span>
                {progress.requiredMissing > 0 ? (
                  <span className="required-missing" aria-label={`${progress.requiredMissing} required missing`}>
                    {progress.requiredMissing} required
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
