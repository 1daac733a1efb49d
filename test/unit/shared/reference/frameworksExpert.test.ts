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
  it('an unsupported OS: risk management, malware; endpoint and vulnerability practices; known vulnerabilities; life cycle', () => {
    expect(ids('os.unsupported', 'hipaa')).toEqual(['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)']);
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

  it('patching, unsupported software and device life cycle: not HIPAA Integrity, which is about ePHI being altered or destroyed', () => {
    const lifeCycle = [
      'os.unsupported',
      'os.esu-unconfirmed',
      'os.updates-not-installed',
      'endpoints.no-patching',
      'endpoints.stale-patches',
      'devices.unpatchable-networked',
      'devices.vendor-support-ended',
      'apps.unsupported',
    ];
    for (const ruleId of lifeCycle) {
      expect(ids(ruleId, 'hipaa'), ruleId).not.toContain('164.312(c)(1)');
      expect(ids(ruleId, 'hipaa'), ruleId).toContain('164.308(a)(1)(ii)(B)');
    }
    const kev = referencesOf({ ruleId: 'vuln.known-exploited', area: 'endpoints' }).map((r) => r.id);
    expect(kev).not.toContain('164.312(c)(1)');
    expect(referencesOf({ ruleId: 'assessor', area: 'devices' }).map((r) => r.id)).not.toContain('164.312(c)(1)');
  });

  it('scanning safety: evaluation, risk analysis and risk management, not the applications and data criticality analysis', () => {
    for (const ruleId of ['scanning.fragile-not-excluded', 'scanning.safety-unknown']) {
      expect(ids(ruleId, 'hipaa'), ruleId).toEqual(['164.308(a)(8)', '164.308(a)(1)(ii)(A)', '164.308(a)(1)(ii)(B)']);
    }
  });

  it('no BAA: HICP procurement (where the contract and its BAA are signed), not policies', () => {
    expect(ids('vendor.no-baa', 'hicp')).toEqual(['5', '5.S.B', '5.M.B']);
    const titles = referencesOf(ruleArea('vendor.no-baa'))
      .filter((r) => r.framework === 'hicp')
      .map((r) => r.title);
    expect(titles).toEqual(['IT asset management', 'Procurement', 'Procurement']);
  });

  it('where patient data is: CSF ID.AM-07, the inventory of data, for the rules and the area that rest on it', () => {
    const dataInventory = {
      framework: 'csf',
      id: 'ID.AM-07',
      title: 'Inventories of data and corresponding metadata for designated data types are maintained',
    };
    for (const ruleId of [
      'governance.risk-analysis',
      'governance.backups',
      'endpoints.no-disk-encryption',
      'devices.physically-exposed',
    ]) {
      expect(referencesOf(ruleArea(ruleId)), ruleId).toContainEqual(dataInventory);
    }
    expect(referencesOf({ ruleId: 'assessor', area: 'governance' })).toContainEqual(dataInventory);
    expect(ids('network.flat', 'csf')).not.toContain('ID.AM-07');
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
      'HIPAA 164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B) · HICP 2.S.A, 2.M.A, 7.S.A, 7.M.D · CPG E1 · CSF ID.AM-08, PR.PS-02, ID.RA-01',
    );
    expect(compactReferences(referencesOf(ruleArea('connectivity.insufficient')))).toBe(
      'HIPAA 164.308(a)(7)(i), 164.308(a)(7)(ii)(E) · HICP 6 · CSF PR.IR-04',
    );
  });
});
