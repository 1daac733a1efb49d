import { describe, expect, it } from 'vitest';
import {
  acceptanceExpiry,
  acceptanceProblem,
  latestAcceptance,
  monthsAfter,
  resolutionProblem,
} from '../../../../shared/rules/decisionRules';
import { effectiveStatus, needsAction } from '../../../../shared/rules/findingStatus';
import { expectPlainSentence } from '../../../support/plainSentence';

const today = '2026-12-01';
const acceptance = {
  owner: 'Dr Lee, practice manager',
  statusNote: 'Replacement ordered.',
  acceptedUntil: '2027-03-31',
};
const resolution = {
  ownerType: 'msp' as const,
  retestCheck: 'RDP no longer answers from the guest Wi-Fi',
  retestDate: '2026-11-30',
  retestBy: 'A. Assessor',
};

describe('decision rules', () => {
  it('counts months on the calendar, keeping to the last day of a shorter month', () => {
    expect(monthsAfter('2026-12-01', 12)).toBe('2027-12-01');
    expect(monthsAfter('2028-02-29', 12)).toBe('2029-02-28');
    expect(monthsAfter('2026-08-31', 6)).toBe('2027-02-28');
    expect(latestAcceptance(today)).toBe('2027-12-01');
  });

  it('accepts a risk only with the person responsible, the reason and a date at most 12 months ahead', () => {
    expect(acceptanceProblem(acceptance, today, 'A. Assessor')).toBeNull();
    expect(acceptanceProblem({ ...acceptance, acceptedUntil: '2027-12-01' }, today, 'A. Assessor')).toBeNull();
    const none = acceptanceProblem({ owner: '', statusNote: ' ', acceptedUntil: '' }, today, '');
    expect(none).toBe(
      'To accept the risk, give the person responsible, the reason, the date it is accepted until and your name.',
    );
    expect(acceptanceProblem({ ...acceptance, statusNote: '' }, today, 'A. Assessor')).toBe(
      'To accept the risk, give the reason.',
    );
    const tooLong = acceptanceProblem({ ...acceptance, acceptedUntil: '2027-12-02' }, today, 'A. Assessor');
    expect(tooLong).toBe('A risk is accepted for at most 12 months: choose a date no later than 2027-12-01.');
    const past = acceptanceProblem({ ...acceptance, acceptedUntil: '2026-11-30' }, today, 'A. Assessor');
    expect(past).toMatch(/in the past/);
    for (const sentence of [none, tooLong, past]) expectPlainSentence(sentence ?? '');
  });

  it('resolves a finding only with who fixed it and the retest: what, when (not ahead) and by whom', () => {
    expect(resolutionProblem(resolution, today, 'A. Assessor')).toBeNull();
    expect(resolutionProblem({ ...resolution, ownerType: '', retestBy: '' }, today, 'A. Assessor')).toBe(
      'To mark it resolved, give who fixed it and who retested it.',
    );
    const ahead = resolutionProblem({ ...resolution, retestDate: '2026-12-02' }, today, 'A. Assessor');
    expect(ahead).toMatch(/in the future/);
    expectPlainSentence(ahead ?? '');
  });

  it('ends an acceptance on its date, and never more than 12 months after it was made', () => {
    expect(acceptanceExpiry({ acceptedUntil: '2027-03-31', decidedAt: today })).toBe('2027-03-31');
    expect(acceptanceExpiry({ acceptedUntil: '2029-01-01', decidedAt: today })).toBe('2027-12-01');
    expect(acceptanceExpiry({ acceptedUntil: '2029-01-01', decidedAt: '' })).toBe('2029-01-01');
    expect(acceptanceExpiry({ acceptedUntil: '' })).toBe('');
  });
});

describe('effectiveStatus', () => {
  const accepted = { status: 'accepted' as const, acceptedUntil: '2027-03-31', decidedAt: today };
  it('holds an acceptance until its date, then reopens the finding', () => {
    expect(effectiveStatus(accepted, '2027-03-31')).toBe('accepted');
    expect(effectiveStatus(accepted, '2027-04-01')).toBe('acceptance-expired');
    expect(needsAction(effectiveStatus(accepted, '2027-04-01'))).toBe(true);
  });

  it('does not let an acceptance without a date (older records) stand forever', () => {
    expect(effectiveStatus({ status: 'accepted', acceptedUntil: '' }, today)).toBe('acceptance-expired');
  });

  it('cuts an acceptance written further ahead to 12 months after it was made', () => {
    const far = { ...accepted, acceptedUntil: '2030-01-01' };
    expect(effectiveStatus(far, '2027-12-01')).toBe('accepted');
    expect(effectiveStatus(far, '2027-12-02')).toBe('acceptance-expired');
  });

  it('leaves open and resolved as they are', () => {
    expect(effectiveStatus(undefined, today)).toBe('open');
    expect(effectiveStatus({ status: 'resolved', acceptedUntil: '' }, today)).toBe('resolved');
  });
});
