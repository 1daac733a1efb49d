import { useId } from 'react';
import { count } from '../../../shared/model/plural';
import { formatDate } from '../../components/clinicLabels';
import type { LastVisit } from './startAssessment';

/** "3 assets, 2 networks, 1 vendor link…": what starting from the last visit carries over. */
export function carriedInWords(counts: LastVisit['counts']): string {
  const parts = [
    count(counts.assets, 'asset'),
    count(counts.networks, 'network'),
    count(counts.vendorLinks, 'vendor link'),
    count(counts.links, 'internet link'),
    count(counts.applications, 'application'),
    count(counts.flows, 'flow'),
    ...(counts.adminAccounts ? [count(counts.adminAccounts, 'admin holder')] : []),
    ...(counts.ephiStores ? [count(counts.ephiStores, 'patient data store')] : []),
  ];
  return parts.join(', ');
}

/** Whether a new assessment starts from the clinic's last visit (the default) or empty. */
export function NewAssessmentStart({
  lastVisit,
  fromLast,
  onChange,
}: {
  lastVisit: LastVisit;
  fromLast: boolean;
  onChange(fromLast: boolean): void;
}) {
  const name = useId();
  const { title, startDate } = lastVisit.assessment.data;
  return (
    <fieldset className="field">
      <legend>A new assessment starts</legend>
      <div className="choice-column">
        <label className="choice">
          <input type="radio" name={name} checked={fromLast} onChange={() => onChange(true)} /> From the last visit (
          {title || 'Untitled assessment'}, {formatDate(startDate)}): {carriedInWords(lastVisit.counts)}, each to
          confirm
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={!fromLast} onChange={() => onChange(false)} /> Empty
        </label>
      </div>
    </fieldset>
  );
}
