import { describe, expect, it } from 'vitest';
import { answerOf, sections, type Answers } from '../../../../shared/checklists/checklist';
import { conditionsNameRealQuestions, isQuestionId } from '../../../../shared/checklists/questionIds';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext } from '../../../../shared/rules/context';
import { answer } from '../../../../shared/rules/ruleHelpers';
import type { Hit } from '../../../../shared/rules/ruleTypes';
import { facts } from '../../../support/assessmentFacts';

describe('question ids, typed from the checklist data', () => {
  it('are the checklist’s own ids, one each, also at run time', () => {
    const ids = sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(ids.length).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isQuestionId)).toBe(true);
    expect(isQuestionId('wireless.wifi-securty')).toBe(false);
    expect(conditionsNameRealQuestions).toBe(true);
  });

  it('reads answers by a real id; a misspelt id does not compile (each line below fails tsc without its @ts-expect-error)', () => {
    const stored: Answers = new Map([['wireless.wifi-security', 'wep-open']]);
    expect(answerOf(stored, 'wireless.wifi-security')).toBe('wep-open');
    // @ts-expect-error: 'wireless.wifi-securty' is not a question of the checklist.
    expect(answerOf(stored, 'wireless.wifi-securty')).toBeUndefined();

    const context = buildContext(facts({ answers: { 'wireless.wifi-security': 'wep-open' } }), osSupport);
    expect(answer(context, 'wireless.wifi-security')).toBe('wep-open');
    // @ts-expect-error: a rule's answer() takes only the checklist's ids.
    expect(answer(context, 'wireless.wifi-securty')).toBeUndefined();

    // @ts-expect-error: a test's facts name real questions only.
    expect(facts({ answers: { 'network.flatt': true } }).answers.size).toBe(1);

    // @ts-expect-error: a finding rests on real questions only.
    const hit: Hit = { records: [], questions: ['network.flatt'], detail: '', factors: [] };
    expect(hit.questions).toHaveLength(1);
  });
});
