import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerId } from '../../../../shared/checklists/answerId';
import {
  answerProblem,
  checklistProgress,
  isVisible,
  questionsById,
  sectionProgress,
  sections,
  visibleQuestions,
  type Answers,
} from '../../../../shared/checklists/checklist';
import type { AnswerValue, Condition } from '../../../../shared/checklists/question';
import type { QuestionId } from '../../../../shared/checklists/questionIds';

const answers = (entries: Partial<Record<QuestionId, AnswerValue>>): Answers => new Map(Object.entries(entries));
const q = (id: QuestionId) => {
  const question = questionsById.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

function namedQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(namedQuestions);
  if ('any' in condition) return condition.any.flatMap(namedQuestions);
  return [condition.question];
}

describe('the checklist as data', () => {
  it('has the eleven sections, in walking order, with unique question ids', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'profile',
      'endpoints',
      'devices',
      'network',
      'vendor',
      'connectivity',
      'apps',
      'identity',
      'wireless',
      'scanning',
      'governance',
      'compromise',
    ]);
    const ids = sections.flatMap((s) => s.questions.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(50);
  });

  it('every question has text and help, and every condition names a question asked before it', () => {
    const seen = new Set<string>();
    for (const question of sections.flatMap((s) => s.questions)) {
      expect(question.text.length, question.id).toBeGreaterThan(10);
      expect(question.help.length, question.id).toBeGreaterThan(10);
      for (const id of question.showIf ? namedQuestions(question.showIf) : [])
        expect(seen.has(id), `${question.id} depends on ${id}`).toBe(true);
      seen.add(question.id);
    }
  });
});

describe('conditional questions', () => {
  it('shows EMR hosting only when an EMR is in use', () => {
    expect(isVisible(q('profile.emr-hosting'), answers({}))).toBe(false);
    expect(isVisible(q('profile.emr-hosting'), answers({ 'profile.emr-in-use': false }))).toBe(false);
    expect(isVisible(q('profile.emr-hosting'), answers({ 'profile.emr-in-use': true }))).toBe(true);
  });

  it('shows choice-dependent questions for the listed choices only', () => {
    expect(isVisible(q('endpoints.last-patch-days'), answers({ 'endpoints.patching': 'manual' }))).toBe(true);
    expect(isVisible(q('endpoints.last-patch-days'), answers({ 'endpoints.patching': 'none' }))).toBe(false);
  });

  it('hides a question whose parent is hidden, even if the parent still has an old answer', () => {
    const old = { 'wireless.wifi-security': 'wpa2-personal', 'wireless.devices-on-wifi': true } as const;
    expect(isVisible(q('wireless.devices-separate-ssid'), answers(old))).toBe(true);
    expect(isVisible(q('wireless.devices-separate-ssid'), answers({ ...old, 'wireless.wifi-security': 'none' }))).toBe(
      false,
    );
  });

  it('hides the medical-device questions when there are none', () => {
    const devices = sections.find((s) => s.id === 'devices');
    expect(devices && visibleQuestions(devices, answers({ 'devices.present': false })).map((x) => x.id)).toEqual([
      'devices.present',
    ]);
  });
});

describe('progress', () => {
  it('counts answered and required-missing among visible questions, with "not known" as an answer', () => {
    const profile = sections[0];
    if (!profile) throw new Error('no sections');
    const start = sectionProgress(profile, answers({}));
    expect(start.answered).toBe(0);
    expect(start.requiredMissing).toBe(profile.questions.filter((x) => x.required && !x.showIf).length);
    const later = sectionProgress(
      profile,
      answers({
        'profile.sites': 1,
        'profile.emr-in-use': true,
        'profile.emr-hosting': null,
        'profile.msp-name': '  ',
      }),
    );
    expect(later.answered).toBe(3);
    expect(later.total).toBe(start.total + 1);
    expect(later.requiredMissing).toBe(start.requiredMissing - 2);
  });

  it('sums the sections', () => {
    const all = checklistProgress(answers({}));
    expect(all.total).toBe(sections.reduce((n, s) => n + sectionProgress(s, answers({})).total, 0));
  });
});

describe('answer checks', () => {
  it('accepts what fits the question and explains what does not', () => {
    expect(answerProblem(q('profile.sites'), 3)).toBeNull();
    expect(answerProblem(q('profile.sites'), 0)).toBe('Enter at least 1.');
    expect(answerProblem(q('profile.sites'), 'three')).toBe('Enter a number.');
    expect(answerProblem(q('profile.it-support'), 'msp')).toBeNull();
    expect(answerProblem(q('profile.it-support'), 'wizard')).toBe('Choose one of the options.');
    expect(answerProblem(q('devices.kinds'), ['imaging', 'infusion'])).toBeNull();
    expect(answerProblem(q('devices.kinds'), ['toaster'])).toBe('Choose from the list.');
    expect(answerProblem(q('profile.emr-in-use'), null)).toBeNull();
    expect(answerProblem(q('profile.emr-in-use'), 'yes')).toBe('Answer yes, no or not known.');
  });
});

describe('answer ids', () => {
  it('are the same UUID for the same assessment and question on any device, and differ otherwise', async () => {
    const a = crypto.randomUUID();
    const id = await answerId(a, 'profile.sites');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(await answerId(a, 'profile.sites')).toBe(id);
    expect(await answerId(a, 'profile.staff')).not.toBe(id);
    expect(await answerId(crypto.randomUUID(), 'profile.sites')).not.toBe(id);
  });
});
