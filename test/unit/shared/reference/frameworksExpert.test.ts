import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../../../shared/reference/frameworks/findingReferences';
import { compactReferences, referenceGroups } from '../../../../shared/reference/frameworks/referenceText';
import { rules } from '../../../../shared/rules/engine';

const ruleArea = (ruleId: string) => {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  return { ruleId, area: rule.area };
};
const ids = (ruleId: string, framework: string) =>
  referencesOf(ruleArea(ruleId))
    .filter((r) => r.framework === framework)
    .map((r) => r.id);

describe('the mapping of key rules, as a healthcare security assessor expects', () => {
  it('an unsupported OS: risk management, malware, integrity; endpoint and vulnerability practices; known vulnerabilities; life cycle', () => {
    expect(ids('os.unsupported', 'hipaa')).toEqual(['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)', '164.312(c)(1)']);
    expect(ids('os.unsupported', 'hicp')).toEqual(['2', '2.S.A', '2.M.A', '7', '7.S.A', '7.M.D']);
    expect(ids('os.unsupported', 'cpg')).toEqual(['E1']);
    expect(ids('os.unsupported', 'csf')).toEqual(['ID.AM-08', 'PR.PS-02', 'ID.RA-01']);
  });

  it('vendor access without MFA: person or entity authentication, MFA for remote access, the MFA goal', () => {
    expect(ids('vendor.no-mfa', 'hipaa')).toContain('164.312(d)');
    expect(ids('vendor.no-mfa', 'hicp')).toContain('3.M.D');
    expect(ids('vendor.no-mfa', 'cpg')).toEqual(['E3', 'E10']);
    expect(ids('vendor.no-mfa', 'csf')).toEqual(['PR.AA-03']);
  });

  it('no BAA: business associate contracts, the supplier goal and supply-chain contracts', () => {
    expect(ids('vendor.no-baa', 'hipaa')).toEqual([
      '164.308(b)(1)',
      '164.308(b)(3)',
      '164.314(a)(1)',
      '164.314(a)(2)(i)',
    ]);
    expect(ids('vendor.no-baa', 'cpg')).toEqual(['E10']);
    expect(ids('vendor.no-baa', 'csf')).toContain('GV.SC-05');
  });

  it('backups: the data backup, disaster recovery and testing specifications, backups tested', () => {
    expect(ids('governance.backups', 'hipaa')).toEqual(
      expect.arrayContaining(['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.308(a)(7)(ii)(D)']),
    );
    expect(ids('governance.backups', 'hicp')).toEqual(['4', '4.M.D']);
    expect(ids('governance.backups', 'csf')).toContain('PR.DS-11');
  });

  it('leavers keeping access: termination procedures, deprovisioning, revoking credentials', () => {
    expect(ids('identity.offboarding', 'hipaa')).toContain('164.308(a)(3)(ii)(C)');
    expect(ids('identity.offboarding', 'hicp')).toContain('3.M.B');
    expect(ids('identity.offboarding', 'cpg')).toEqual(['E6']);
  });

  it('a flat network with medical devices: access control, segmentation, the network segmentation goal', () => {
    expect(ids('network.flat', 'hipaa')).toContain('164.312(a)(1)');
    expect(ids('network.flat', 'hicp')).toEqual(expect.arrayContaining(['6.S.A', '6.M.B', '9.M.E']));
    expect(ids('network.flat', 'cpg')).toEqual(['EN7']);
    expect(ids('network.flat', 'csf')).toEqual(['PR.IR-01']);
  });

  it('EMR access not audited: audit controls and information system activity review, log collection', () => {
    expect(ids('apps.no-audit', 'hipaa')).toEqual(['164.312(b)', '164.308(a)(1)(ii)(D)']);
    expect(ids('apps.no-audit', 'cpg')).toEqual(['EN10']);
  });
});

describe('references in words', () => {
  it('lists HIPAA first, then HICP, the CPGs and CSF, with the titles of the catalogues', () => {
    const refs = referencesOf(ruleArea('os.unsupported'));
    expect([...new Set(refs.map((r) => r.framework))]).toEqual(['hipaa', 'hicp', 'cpg', 'csf']);
    expect(refs[0]).toEqual({ framework: 'hipaa', id: '164.308(a)(1)(ii)(B)', title: 'Risk management' });
    expect(referenceGroups(refs).map((g) => g.label)).toEqual(['HIPAA', 'HICP', 'CPG', 'CSF']);
  });

  it('says them in one compact line, an HICP practice only where none of its sub-practices is listed', () => {
    expect(compactReferences(referencesOf(ruleArea('os.unsupported')))).toBe(
      'HIPAA 164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B), 164.312(c)(1) · HICP 2.S.A, 2.M.A, 7.S.A, 7.M.D · CPG E1 · CSF ID.AM-08, PR.PS-02, ID.RA-01',
    );
    expect(compactReferences(referencesOf(ruleArea('connectivity.insufficient')))).toBe(
      'HIPAA 164.308(a)(7)(i), 164.308(a)(7)(ii)(E) · HICP 6 · CSF PR.IR-04',
    );
  });
});
