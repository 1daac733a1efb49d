/**
 * Three clinics written as an expert assessor would assess them: each must raise what an
 * expert raises, at the right severity (one step either way), with the path that proves
 * it, and must not raise what an expert would strike out.
 */
import { describe, expect, it } from 'vitest';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { severities } from '../../../../shared/rules/severity';
import { flatPractice } from '../../../support/golden/flatPractice';
import { imagingCentre } from '../../../support/golden/imagingCentre';
import { modernPractice } from '../../../support/golden/modernPractice';

for (const clinic of [flatPractice(), imagingCentre(), modernPractice()]) {
  describe(clinic.name, () => {
    const findings = evaluateRules(buildContext(clinic.facts, osSupport));
    const summary = () => findings.map((f) => `${f.ruleId} [${f.severity}] ${f.detail}`).join('\n');

    for (const expected of clinic.mustRaise) {
      it(`raises ${expected.rule}${expected.record ? ' on its record' : ''} at about ${expected.severity}`, () => {
        const match = findings.find(
          (f) => f.ruleId === expected.rule && (!expected.record || f.records.includes(expected.record)),
        );
        expect(match, summary()).toBeDefined();
        const step = Math.abs(severities.indexOf(match!.severity) - severities.indexOf(expected.severity));
        expect(step, `${match!.severity}: ${match!.rationale}`).toBeLessThanOrEqual(1);
        if (expected.path)
          expect(
            match!.paths.some((p) => expected.path!.test(p)),
            match!.paths.join('\n'),
          ).toBe(true);
      });
    }

    for (const absent of clinic.mustNotRaise) {
      it(`does not raise ${absent.rule}: ${absent.why}`, () => {
        const wrong = findings.filter(
          (f) => f.ruleId === absent.rule && (!absent.record || f.records.includes(absent.record)),
        );
        expect(wrong.map((f) => f.detail)).toEqual([]);
      });
    }
  });
}
