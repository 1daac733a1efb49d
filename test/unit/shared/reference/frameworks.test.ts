import { describe, expect, it } from 'vitest';
import { ASSESSOR_RULE_ID, areaLabels, type Area } from '../../../../shared/model/finding';
import { hicpPracticeLabels, hicpPractices } from '../../../../shared/model/practice';
import { areaMappings } from '../../../../shared/reference/frameworks/areaMappings';
import {
  frameworkCatalogues,
  frameworkEntry,
  frameworkSources,
  referencesOf,
} from '../../../../shared/reference/frameworks/findingReferences';
import type { FrameworkMapping } from '../../../../shared/reference/frameworks/frameworkMapping';
import { frameworks, type Framework } from '../../../../shared/reference/frameworks/frameworkRefs';
import { cpgEntries } from '../../../../shared/reference/frameworks/hphCpg';
import { hipaaEntries } from '../../../../shared/reference/frameworks/hipaaSecurityRule';
import { ruleMappings } from '../../../../shared/reference/frameworks/ruleMappings';
import { rules } from '../../../../shared/rules/engine';
import { kevRule } from '../../../../shared/rules/kevRules';
import { standardRuleId } from '../../../../shared/rules/mustFix';

/** Every rule that produces findings with a fixed id: the engine's, and the KEV check a pack switches on. */
const allRules = [...rules, kevRule];
const areas = Object.keys(areaLabels) as Area[];

describe('the framework catalogues', () => {
  it('name their source and edition', () => {
    expect(frameworkSources.map((s) => s.framework)).toEqual(frameworks);
    for (const source of frameworkSources) {
      expect(source.title.length).toBeGreaterThan(10);
      expect(source.edition).toMatch(/\d{4}/);
      expect(source.source).toMatch(/https:\/\//);
    }
  });

  it.each(frameworks)('%s: every entry has an id and a title, no id twice, each parent in the catalogue', (f) => {
    const entries = frameworkCatalogues[f];
    expect(entries.length).toBeGreaterThan(9);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(entry.id.trim()).toBe(entry.id);
      expect(entry.title.trim().length, entry.id).toBeGreaterThan(2);
      if (entry.parent) expect(ids, `${entry.id}'s parent`).toContain(entry.parent);
    }
  });

  it('cite the HIPAA Security Rule as the regulation does, with its own titles', () => {
    const title = (id: string) => frameworkEntry('hipaa', id)?.title;
    expect(title('164.308(a)(1)(ii)(A)')).toBe('Risk analysis');
    expect(title('164.308(a)(5)(ii)(B)')).toBe('Protection from malicious software');
    expect(title('164.308(a)(7)(ii)(A)')).toBe('Data backup plan');
    expect(title('164.312(a)(2)(iv)')).toBe('Encryption and decryption');
    expect(title('164.312(e)(2)(ii)')).toBe('Encryption');
    expect(frameworkEntry('hipaa', '164.312(a)(2)(iii)')?.parent).toBe('164.312(a)(1)');
    for (const entry of hipaaEntries)
      expect(entry.id).toMatch(/^164\.3(08|1[0246])\([a-e]\)(\(\d\))?(\([ivx]+\))?(\([A-E]\))?$/);
    // Nothing models "required" or "addressable": a proposed rule would remove the distinction.
    expect(JSON.stringify(hipaaEntries)).not.toMatch(/required|addressable/i);
  });

  it('hold the ten HICP practices by their 2023 names, and sub-practices for small and medium organisations', () => {
    for (const p of hicpPractices) {
      expect(frameworkEntry('hicp', p)?.title).toBe(hicpPracticeLabels[p]);
      expect(frameworkEntry('hicp', `${p}.S.A`)?.parent, `practice ${p}, small`).toBe(p);
      expect(frameworkEntry('hicp', `${p}.M.A`)?.parent, `practice ${p}, medium`).toBe(p);
    }
  });

  it('hold the ten essential and ten enhanced CPGs', () => {
    expect(cpgEntries.filter((e) => e.tier === 'essential')).toHaveLength(10);
    expect(cpgEntries.filter((e) => e.tier === 'enhanced')).toHaveLength(10);
    expect(frameworkEntry('cpg', 'E1')?.title).toBe('Mitigate known vulnerabilities');
    expect(frameworkEntry('cpg', 'EN10')?.title).toBe('Centralized log collection');
  });

  it('hold CSF 2.0 subcategories under their categories and functions', () => {
    expect(frameworkEntry('csf', 'PR.PS-02')?.parent).toBe('PR.PS');
    expect(frameworkEntry('csf', 'PR.PS')?.parent).toBe('PR');
    expect(frameworkEntry('csf', 'GV.SC-05')?.title).toMatch(
      /^Requirements to address cybersecurity risks in supply chains/,
    );
    for (const entry of frameworkCatalogues.csf)
      expect(entry.id).toMatch(/^(GV|ID|PR|DE|RS|RC)(\.[A-Z]{2}(-\d{2})?)?$/);
  });
});

function idsExist(mapping: FrameworkMapping, where: string) {
  for (const framework of frameworks) {
    for (const id of mapping[framework])
      expect(frameworkEntry(framework, id), `${where}: ${framework} ${id}`).toBeDefined();
    expect(new Set(mapping[framework]).size, `${where}: ${framework} lists an id twice`).toBe(
      mapping[framework].length,
    );
  }
  // CPGs may honestly be silent (bandwidth, physical security); the others never are.
  for (const framework of ['hipaa', 'hicp', 'csf'] as Framework[])
    expect(mapping[framework].length, `${where}: no ${framework} reference`).toBeGreaterThan(0);
}

describe('the mapping of rules and areas', () => {
  it.each(allRules.map((r) => [r.id, r] as const))('rule %s has a mapping', (id) => {
    expect(ruleMappings[id], `${id} has no entry in ruleMappings (shared/reference/frameworks)`).toBeDefined();
  });

  it('maps no rule that does not exist', () => {
    const ids = new Set(allRules.map((r) => r.id));
    expect(Object.keys(ruleMappings).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('uses only ids that exist in their catalogues', () => {
    for (const [rule, mapping] of Object.entries(ruleMappings)) idsExist(mapping, rule);
    for (const area of areas) idsExist(areaMappings[area], area);
  });

  it('maps every finding area, for the assessor’s own findings', () => {
    expect(Object.keys(areaMappings).sort()).toEqual([...areas].sort());
    for (const area of areas) {
      const refs = referencesOf({ ruleId: ASSESSOR_RULE_ID, area });
      expect(refs[0]?.framework, area).toBe('hipaa');
      expect(refs.filter((r) => r.framework === 'hicp').length, area).toBeGreaterThan(0);
    }
  });

  it('gives a content pack’s minimum standard its area’s references', () => {
    const standard = referencesOf({ ruleId: standardRuleId('vendor-mfa'), area: 'vendor' });
    expect(standard).toEqual(referencesOf({ ruleId: ASSESSOR_RULE_ID, area: 'vendor' }));
    expect(standard.map((r) => r.id)).toContain('164.308(b)(1)');
  });
});
