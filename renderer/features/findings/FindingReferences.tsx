import type { Area } from '../../../shared/model/finding';
import { referencesOf } from '../../../shared/reference/frameworks/findingReferences';
import { frameworkLabels } from '../../../shared/reference/frameworks/frameworkRefs';
import { compactReferences, referenceGroups } from '../../../shared/reference/frameworks/referenceText';

/**
 * What the finding touches in HIPAA, HICP, the CPGs and NIST CSF 2.0: the ids on one line,
 * opened to each with its title (an HICP sub-practice under its practice).
 */
export function FindingReferences({ finding }: { finding: { ruleId: string; area: Area } }) {
  const refs = referencesOf(finding);
  if (!refs.length) return null;
  return (
    <details className="finding-references">
      <summary>
        <strong>References:</strong> {compactReferences(refs)}
      </summary>
      <dl>
        {referenceGroups(refs).map((group) => (
          <div key={group.framework}>
            <dt>{frameworkLabels[group.framework]}</dt>
            <dd>
              <ul>
                {group.refs.map((ref) => (
                  <li key={ref.id} className={group.framework === 'hicp' && ref.id.includes('.') ? 'ref-sub' : ''}>
                    <span className="ref-id">{ref.id}</span> {ref.title}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
