import { describe, expect, it } from 'vitest';
import { recordNames } from '../../../../shared/model/assessmentRecords';
import type { AssessmentFacts } from '../../../../shared/rules/context';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { adminAccount, facts } from '../../../support/assessmentFacts';

const run = (f: AssessmentFacts) => evaluateRules(buildContext(f, osSupport));
const firing = (ruleId: string, f: AssessmentFacts) => run(f).filter((x) => x.ruleId === ruleId);
const one = (ruleId: string, f: AssessmentFacts) => {
  const found = firing(ruleId, f);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('departed staff holding admin', () => {
  it('is critical on a key system and names who and what', () => {
    const leaver = adminAccount({
      system: 'firewall',
      systemName: 'SonicWall TZ370',
      person: 'Dana Reyes',
      organisation: 'seller',
      stillEmployed: false,
      mfa: false,
    });
    const finding = one('identity.departed-admin', facts({ adminAccounts: [leaver] }));
    expect(finding.severity).toBe('critical');
    expect(finding.records).toEqual([leaver.id]);
    expect(finding.detail).toBe(
      "Dana Reyes, the seller's staff, on the firewall (SonicWall TZ370): no longer works there and still holds admin access (their account, without MFA).",
    );
    expect(finding.remediation).toMatch(/Disable the account today/);
    // The leaver is not also reported as the seller's standing admin, nor for MFA on an account to be removed.
    expect(firing('identity.seller-admin', facts({ adminAccounts: [leaver] }))).toEqual([]);
    expect(firing('identity.admin-no-mfa', facts({ adminAccounts: [leaver] }))).toEqual([]);
  });

  it('is high on a system outside the key ones', () => {
    const finding = one(
      'identity.departed-admin',
      facts({ adminAccounts: [adminAccount({ system: 'emr', stillEmployed: false })] }),
    );
    expect(finding.severity).toBe('high');
  });
});

describe("the seller's people", () => {
  it('are critical on the firewall, domain, email tenant or registrar, and the parent acts', () => {
    const finding = one(
      'identity.seller-admin',
      facts({ adminAccounts: [adminAccount({ system: 'registrar', organisation: 'seller', person: 'Dr Old' })] }),
    );
    expect(finding.severity).toBe('critical');
    expect(finding.owner).toBe('parent-it');
    expect(finding.detail).toMatch(/^Dr Old, the seller's staff, on the domain registrar account/);
  });
});

describe("the MSP's standing admin", () => {
  it('is high on a shared account or without MFA, medium with MFA on a named account', () => {
    const shared = adminAccount({
      system: 'domain',
      organisation: 'msp',
      accountType: 'shared',
      person: 'admin',
      mfa: null,
    });
    const noMfa = adminAccount({ system: 'backups', organisation: 'msp', mfa: false });
    const fine = adminAccount({ system: 'msp-tools', organisation: 'msp', mfa: true });
    const found = firing('identity.msp-standing-admin', facts({ adminAccounts: [shared, noMfa, fine] }));
    const bySeverity = Object.fromEntries(found.map((f) => [f.records[0], f.severity]));
    expect(bySeverity).toEqual({ [shared.id]: 'high', [noMfa.id]: 'high', [fine.id]: 'medium' });
    expect(found.find((f) => f.records[0] === shared.id)?.detail).toMatch(/on a shared account, MFA not confirmed/);
    expect(found[0]?.remediation).toMatch(/just-in-time access through the parent's remote-access gateway/);
  });

  it('leaves the MFA to its own finding, not also "admin without MFA"', () => {
    const noMfa = adminAccount({ system: 'firewall', organisation: 'msp', mfa: false });
    expect(firing('identity.admin-no-mfa', facts({ adminAccounts: [noMfa] }))).toEqual([]);
  });
});

describe('shared accounts, MFA and separate accounts', () => {
  it('a shared admin account cites unique user identification', () => {
    const finding = one('identity.shared-admin', facts({ adminAccounts: [adminAccount({ accountType: 'shared' })] }));
    expect(finding.remediation).toMatch(/164\.312\(a\)\(2\)\(i\)/);
  });

  it('admin without MFA is high inside, critical where it signs in from the internet', () => {
    expect(
      one('identity.admin-no-mfa', facts({ adminAccounts: [adminAccount({ system: 'emr', mfa: false })] })).severity,
    ).toBe('high');
    const tenant = one(
      'identity.admin-no-mfa',
      facts({ adminAccounts: [adminAccount({ system: 'email-tenant', mfa: false })] }),
    );
    expect(tenant.severity).toBe('critical');
    expect(tenant.detail).toMatch(/the email tenant signs in from the internet/);
  });

  it('no separate privileged account: per holder, else from the answer', () => {
    expect(firing('identity.no-separate-admin', facts({ answers: { 'identity.separate-admin': false } }))).toHaveLength(
      1,
    );
    expect(firing('identity.no-separate-admin', facts({ answers: { 'identity.separate-admin': true } }))).toEqual([]);
    const two = [adminAccount({ separatePrivileged: false }), adminAccount({ separatePrivileged: false })];
    expect(firing('identity.no-separate-admin', facts({ adminAccounts: two }))).toHaveLength(2);
  });
});

describe('who administers the key systems', () => {
  it('lists the key systems nobody is recorded for, once the register is in use', () => {
    const finding = one(
      'identity.unknown-admin',
      facts({
        adminAccounts: [adminAccount({ system: 'firewall' })],
        answers: { 'identity.email-provider': 'm365' },
      }),
    );
    expect(finding.detail).toMatch(
      /^The Windows domain, the email tenant, the domain registrar account: nobody is recorded/,
    );
    expect(finding.severity).toBe('medium');
  });

  it('says nothing for an assessment from before the register, or on-premises mail without a tenant', () => {
    expect(firing('identity.unknown-admin', facts())).toEqual([]);
    const all = ['firewall', 'domain', 'registrar'] as const;
    expect(
      firing(
        'identity.unknown-admin',
        facts({
          adminAccounts: all.map((system) => adminAccount({ system })),
          answers: { 'identity.email-provider': 'exchange-onprem' },
        }),
      ),
    ).toEqual([]);
  });

  it('counts the registrar as unknown when the answer says nobody knows who holds it', () => {
    const finding = one(
      'identity.unknown-admin',
      facts({
        adminAccounts: (['firewall', 'domain', 'email-tenant', 'registrar'] as const).map((system) =>
          adminAccount({ system }),
        ),
        answers: { 'identity.registrar-known': false },
      }),
    );
    expect(finding.detail).toMatch(/^The domain registrar account: nobody/);
  });
});

describe('email', () => {
  it('MFA partly enforced is high; not known is medium; no email hosting asked says nothing', () => {
    const partly = one(
      'identity.email-no-mfa',
      facts({ answers: { 'identity.email-provider': 'm365', 'identity.email-mfa': 'partly' } }),
    );
    expect(partly.severity).toBe('high');
    const unknown = one(
      'identity.email-no-mfa',
      facts({ answers: { 'identity.email-provider': 'm365', 'identity.email-mfa': 'unknown' } }),
    );
    expect(unknown.severity).toBe('medium');
    expect(firing('identity.email-no-mfa', facts({ answers: { 'identity.email-mfa': 'no' } }))).toEqual([]);
  });

  it('DMARC not published is medium and says why it matters to patients', () => {
    const finding = one('identity.dmarc-weak', facts({ answers: { 'identity.dmarc': 'not-published' } }));
    expect(finding.severity).toBe('medium');
    expect(finding.detail).toMatch(/reaches patients/);
    expect(firing('identity.dmarc-weak', facts({ answers: { 'identity.dmarc': 'reject' } }))).toEqual([]);
  });

  it('DKIM alone missing is low; SPF missing is medium', () => {
    expect(one('identity.spf-dkim-missing', facts({ answers: { 'identity.dkim': false } })).severity).toBe('low');
    expect(
      one('identity.spf-dkim-missing', facts({ answers: { 'identity.spf': false, 'identity.dkim': false } })).detail,
    ).toMatch(/neither SPF nor DKIM/);
  });

  it('the registrar answer is not reported twice when the register already shows it without MFA', () => {
    const answers = { 'identity.registrar-known': true, 'identity.registrar-mfa': false } as const;
    const holder = adminAccount({ system: 'registrar', mfa: false });
    expect(firing('identity.registrar-no-mfa', facts({ answers, adminAccounts: [holder] }))).toEqual([]);
    expect(firing('identity.admin-no-mfa', facts({ answers, adminAccounts: [holder] }))).toHaveLength(1);
  });

  it('offboarding missing names the departed holders on the register', () => {
    const finding = one(
      'identity.offboarding',
      facts({ answers: { 'identity.offboarding': false }, adminAccounts: [adminAccount({ stillEmployed: false })] }),
    );
    expect(finding.detail).toMatch(/1 departed holder of admin access is on the register already/);
  });
});

describe('evidence names', () => {
  it('calls an admin holder by system and person in the evidence of a finding', () => {
    const holder = adminAccount({ system: 'email-tenant', person: 'Dana Ruiz' });
    const names = recordNames({
      assets: [],
      networks: [],
      vendorLinks: [],
      links: [],
      applications: [],
      adminAccounts: [holder],
    });
    expect(names.get(holder.id)).toBe('Email tenant admin: Dana Ruiz');
  });
});
