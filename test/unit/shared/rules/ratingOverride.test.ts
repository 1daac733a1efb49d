import { describe, expect, it } from 'vitest';
import { overrideProblem } from '../../../../shared/rules/ratingOverride';
import { expectPlainSentence } from '../../../support/plainSentence';

describe('overrideProblem', () => {
  it('refuses an empty or token justification, in one plain sentence', () => {
    for (const reason of [
      '',
      '   ',
      'n/a',
      'see notes',
      'Not relevant.',
      'aaaaaaaaaaaaaaaaaaaaaaaa',
      'ok ok          ',
    ]) {
      const problem = overrideProblem({ reason, by: 'Sam Lee' });
      expect(problem, reason).toBe(
        "Write why the rule's rating does not fit here, in a sentence of at least 15 characters.",
      );
      expectPlainSentence(problem);
    }
  });

  it('asks for a name when nobody is known to act, and accepts a written justification', () => {
    const reason = 'The PC is never connected to any network.';
    expect(overrideProblem({ reason, by: ' ' })).toBe('Write your name, so the override says who made it.');
    expect(overrideProblem({ reason, by: 'Sam Lee' })).toBe('');
  });
});
