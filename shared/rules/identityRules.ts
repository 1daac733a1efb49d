/**
 * Identity and administration: who holds admin over the systems the clinic depends on
 * (the register in Inventory › Admin access), and how its email is protected (the
 * "Identity and email" checklist section). Acquisitions are lost here first: a leaver
 * or the seller still holding the firewall, the MSP's shared standing admin, a tenant
 * without MFA.
 */
import { adminHolderText, adminSystemInSentence, type AdminAccount, type AdminSystem } from '../model/adminAccount';
import { count } from '../model/plural';
import { answer, answerIn, fromAnswers } from './ruleHelpers';
import type { Factor, Hit, Rule, RuleContext, WithId } from './ruleTypes';

/** Systems whose admin opens the whole clinic (its network, identities, mail, domain or recovery). */
const keySystems: ReadonlySet<AdminSystem> = new Set(['firewall', 'domain', 'email-tenant', 'registrar', 'backups']);
/** Systems the seller must hand over at closing: who holds them controls the clinic's network, accounts, mail and domain. */
const handoverSystems: ReadonlySet<AdminSystem> = new Set(['firewall', 'domain', 'email-tenant', 'registrar']);
/** Systems whose admin sign-in faces the internet: the tenant and the registrar always, the firewall by its VPN portal. */
const internetFacing: ReadonlySet<AdminSystem> = new Set(['email-tenant', 'registrar', 'firewall']);
/** Systems an acquirer must know the administrator of before connecting. */
export const mustKnowSystems: readonly AdminSystem[] = ['firewall', 'domain', 'email-tenant', 'registrar'];

const EMAIL_HOSTED = ['m365', 'google', 'exchange-onprem', 'hosted-other'] as const;
const CLOUD_EMAIL = ['m365', 'google'] as const;

/** Holders still in place: not departed (departed holders have a rule of their own). */
const current = (a: AdminAccount) => a.stillEmployed !== false;

function perHolder(
  c: RuleContext,
  test: (a: AdminAccount) => boolean,
  detail: (a: AdminAccount) => string,
  factors: (a: AdminAccount) => Factor[] = () => [],
): Hit[] {
  return c.adminAccounts
    .filter((a) => test(a.data))
    .map((a: WithId<AdminAccount>) => ({
      records: [a.id],
      questions: [],
      detail: detail(a.data),
      factors: factors(a.data),
    }));
}

const keyFactor = (a: AdminAccount, systems: ReadonlySet<AdminSystem>): Factor[] =>
  systems.has(a.system) ? [{ label: `admin of ${adminSystemInSentence[a.system]}`, impact: 1 }] : [];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function mfaWords(a: AdminAccount): string {
  return a.mfa === true ? 'with MFA' : a.mfa === false ? 'without MFA' : 'MFA not confirmed';
}

export const identityRules: Rule[] = [
  {
    id: 'identity.departed-admin',
    area: 'identity',
    title: 'Departed staff still hold admin access',
    base: { likelihood: 3, impact: 3 },
    remediation:
      "Disable the account today; rotate every secret its holder knew (the admin passwords, the VPN pre-shared keys, the tenant's recovery codes), and review its sign-ins and configuration changes since the departure for use by the leaver or by someone else.",
    evaluate: (c) =>
      perHolder(
        c,
        (a) => a.stillEmployed === false,
        (a) =>
          `${adminHolderText(a)}: no longer works there and still holds admin access (${a.accountType === 'shared' ? 'a shared account' : 'their account'}, ${mfaWords(a)}).`,
        (a) => keyFactor(a, keySystems),
      ),
  },
  {
    id: 'identity.seller-admin',
    area: 'identity',
    title: "The seller's people hold admin access after the sale",
    base: { likelihood: 3, impact: 3 },
    owner: 'parent-it',
    remediation:
      "At closing, move each account into the clinic's (or the parent's) name and hands, rotate every credential the seller knew, and remove the seller's access on the date the transition agreement ends; keep the handover signed by both sides.",
    evaluate: (c) =>
      perHolder(
        c,
        (a) => a.organisation === 'seller' && current(a),
        (a) => `${adminHolderText(a)}: the former owner's side keeps admin access after the sale (${mfaWords(a)}).`,
        (a) => keyFactor(a, handoverSystems),
      ),
  },
  {
    id: 'identity.msp-standing-admin',
    area: 'identity',
    title: 'The MSP holds standing admin access',
    base: { likelihood: 2, impact: 3 },
    owner: 'parent-it',
    remediation:
      "Document every MSP admin account, give each technician a named account with MFA, and move the MSP to just-in-time access through the parent's remote-access gateway (granted per task, logged, removed after); no standing or shared MSP admin once the clinic connects.",
    evaluate: (c) =>
      perHolder(
        c,
        (a) => a.organisation === 'msp' && current(a),
        (a) =>
          `${adminHolderText(a)}: standing admin access, ${a.accountType === 'shared' ? 'on a shared account' : `on a ${a.accountType === 'personal' ? 'named' : 'not-known kind of'} account`}, ${mfaWords(a)}.`,
        (a) =>
          a.mfa === false || a.accountType === 'shared'
            ? [
                {
                  label: [a.mfa === false ? 'no MFA' : '', a.accountType === 'shared' ? 'shared account' : '']
                    .filter(Boolean)
                    .join(', '),
                  likelihood: 1,
                },
              ]
            : [],
      ),
  },
  {
    id: 'identity.shared-admin',
    area: 'identity',
    title: 'Shared admin account',
    base: { likelihood: 3, impact: 3 },
    remediation:
      'Give each person who administers the system a named account of their own (HIPAA 45 CFR 164.312(a)(2)(i), unique user identification), then disable the shared account or vault its password for emergencies only, and rotate it now: everyone who ever used it still knows it.',
    evaluate: (c) =>
      perHolder(
        c,
        (a) => a.accountType === 'shared' && current(a),
        (a) => `${adminHolderText(a)}: a shared account; nobody can tell who did what with it (${mfaWords(a)}).`,
      ),
  },
  {
    id: 'identity.admin-no-mfa',
    area: 'identity',
    title: 'Admin access without MFA',
    base: { likelihood: 3, impact: 3 },
    remediation:
      'Turn on multi-factor authentication for the admin account (an authenticator app or a security key, not SMS where the system allows), and restrict its sign-in to the management network or the parent gateway.',
    evaluate: (c) =>
      perHolder(
        c,
        // The MSP's standing admin carries its MFA in its own finding; a seller's or leaver's account is to be removed.
        (a) => a.mfa === false && current(a) && a.organisation !== 'msp' && a.organisation !== 'seller',
        (a) =>
          `${adminHolderText(a)}: a password alone opens admin access${internetFacing.has(a.system) ? `, and ${adminSystemInSentence[a.system]} signs in from the internet` : ''}.`,
        (a) => (internetFacing.has(a.system) ? [{ label: 'sign-in from the internet', likelihood: 1 }] : []),
      ),
  },
  {
    id: 'identity.no-separate-admin',
    area: 'identity',
    title: 'Admin work done from everyday accounts',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Give each admin a separate privileged account used only for admin work (never for email or browsing), with MFA; take admin rights off the everyday accounts.',
    evaluate: (c) => {
      const hits = perHolder(
        c,
        (a) =>
          a.separatePrivileged === false && current(a) && a.accountType !== 'shared' && a.accountType !== 'service',
        (a) => `${adminHolderText(a)}: admin rights on the account they read email and browse with.`,
      );
      if (hits.length || answer(c, 'identity.separate-admin') !== false) return hits;
      return fromAnswers(['identity.separate-admin'], 'Admins use their everyday accounts for admin work.');
    },
  },
  {
    id: 'identity.unknown-admin',
    area: 'identity',
    title: 'Not known who administers key systems',
    base: { likelihood: 2, impact: 3 },
    remediation:
      "Find out who holds admin on each of these (the MSP's contract, the firewall's and the tenant's admin lists, the registrar's account page) and record them in Inventory › Admin access before the clinic connects to the parent.",
    evaluate: (c) => {
      // Only once the register is in use: an assessment from before it says nothing either way.
      if (!c.adminAccounts.length && answer(c, 'identity.admins-recorded') === undefined) return [];
      const recorded = new Set(c.adminAccounts.map((a) => a.data.system));
      const provider = answer(c, 'identity.email-provider');
      const missing = mustKnowSystems.filter((s) => {
        if (s === 'registrar' && answer(c, 'identity.registrar-known') === false) return true;
        if (recorded.has(s)) return false;
        // A clinic whose mail is on premises or hosted elsewhere has no tenant to name.
        if (s === 'email-tenant') return provider === 'm365' || provider === 'google' || provider === undefined;
        return true;
      });
      if (!missing.length) return [];
      const names = missing.map((s) => adminSystemInSentence[s]);
      return fromAnswers(
        ['identity.admins-recorded', 'identity.registrar-known'],
        `${capital(names.join(', '))}: nobody is recorded as holding admin (${count(missing.length, 'system')}). An acquirer must know who can change them before connecting the clinic.`,
      );
    },
  },
  {
    id: 'identity.email-no-mfa',
    area: 'identity',
    title: 'Email without enforced MFA',
    base: { likelihood: 3, impact: 3 },
    remediation:
      'Enforce MFA for every mailbox (Microsoft 365 security defaults or a conditional access policy for all users; Google Workspace 2-step verification enforced), block sign-in to shared mailboxes, and review mailbox forwarding rules for ones an attacker left.',
    evaluate: (c) => {
      if (!answerIn(c, 'identity.email-provider', ...EMAIL_HOSTED)) return [];
      const value = answer(c, 'identity.email-mfa');
      if (value === 'no')
        return fromAnswers(
          ['identity.email-provider', 'identity.email-mfa'],
          'No mailbox needs more than a password: one phished password gives an attacker patient mail and a trusted address to send from.',
        );
      if (value === 'partly')
        return fromAnswers(
          ['identity.email-provider', 'identity.email-mfa'],
          'MFA is enforced for some mailboxes only; the others open with a password alone.',
        );
      if (value === 'unknown' || value === null)
        return fromAnswers(
          ['identity.email-provider', 'identity.email-mfa'],
          'Nobody could say whether MFA is enforced for the mailboxes; confirm it in the tenant.',
          [{ label: 'not confirmed', likelihood: -1 }],
        );
      return [];
    },
  },
  {
    id: 'identity.legacy-auth',
    area: 'identity',
    title: 'Legacy email authentication left on',
    base: { likelihood: 3, impact: 3 },
    remediation:
      'Turn off IMAP, POP and basic-auth SMTP for the tenant (Microsoft 365 authentication policies; Google "less secure apps"); move scanners and copiers that send mail to an SMTP relay or OAuth.',
    evaluate: (c) =>
      answerIn(c, 'identity.email-provider', ...EMAIL_HOSTED) && answer(c, 'identity.legacy-auth') === false
        ? fromAnswers(
            ['identity.legacy-auth'],
            'IMAP, POP or basic-auth SMTP still accept a password alone, bypassing MFA; password-spraying attacks use them.',
          )
        : [],
  },
  {
    id: 'identity.dmarc-weak',
    area: 'identity',
    title: "Others can send email as the clinic's domain",
    base: { likelihood: 3, impact: 2 },
    remediation:
      'Publish DMARC at p=none with reporting, fix the senders the reports show (SPF and DKIM for the tenant, the EMR and the billing service), then move to p=quarantine and p=reject within weeks.',
    evaluate: (c) =>
      answerIn(c, 'identity.dmarc', 'none', 'not-published')
        ? fromAnswers(
            ['identity.dmarc'],
            answer(c, 'identity.dmarc') === 'none'
              ? "The domain's DMARC policy is p=none: mail forged in the clinic's name reaches patients and insurers unchallenged."
              : "The domain publishes no DMARC record: mail forged in the clinic's name reaches patients and insurers unchallenged.",
          )
        : [],
  },
  {
    id: 'identity.spf-dkim-missing',
    area: 'identity',
    title: 'Email sender authentication incomplete (SPF or DKIM)',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Publish an SPF record listing every service that sends as the domain, ending in -all or ~all, and turn on DKIM signing for the tenant and for each other sender.',
    evaluate: (c) => {
      const spf = answer(c, 'identity.spf') === false;
      const dkim = answer(c, 'identity.dkim') === false;
      if (!spf && !dkim) return [];
      return fromAnswers(
        ['identity.spf', 'identity.dkim'],
        spf && dkim
          ? "The domain has neither SPF nor DKIM: receivers cannot tell the clinic's mail from forgeries."
          : spf
            ? 'The domain publishes no SPF record.'
            : 'Outgoing mail is not DKIM-signed, so DMARC rests on SPF alone and fails on forwarded mail.',
        spf ? [] : [{ label: 'SPF in place', likelihood: -1 }],
      );
    },
  },
  {
    id: 'identity.registrar-no-mfa',
    area: 'identity',
    title: 'Domain registrar account without MFA',
    base: { likelihood: 3, impact: 3 },
    remediation:
      "Turn on MFA at the registrar, put the account in the clinic's (or the parent's) name with a role address, and lock the domain against transfer.",
    evaluate: (c) => {
      if (answer(c, 'identity.registrar-known') !== true || answer(c, 'identity.registrar-mfa') !== false) return [];
      // A registrar holder recorded without MFA already has its finding (admin without MFA).
      if (c.adminAccounts.some((a) => a.data.system === 'registrar' && a.data.mfa === false && current(a.data)))
        return [];
      return fromAnswers(
        ['identity.registrar-known', 'identity.registrar-mfa'],
        "A password alone moves the clinic's domain, and with it its email and website.",
        [{ label: 'sign-in from the internet', likelihood: 1 }],
      );
    },
  },
  {
    id: 'identity.offboarding',
    area: 'identity',
    title: 'Leavers keep their access',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Write an offboarding checklist run on the last day (email, EMR, firewall and VPN, remote tools, the registrar, shared passwords to rotate) and have the practice manager sign it off for each leaver.',
    evaluate: (c) => {
      if (answer(c, 'identity.offboarding') !== false) return [];
      const departed = c.adminAccounts.filter((a) => a.data.stillEmployed === false).length;
      return fromAnswers(
        ['identity.offboarding'],
        `No procedure removes a leaver's access on their last day${departed ? `; ${count(departed, 'departed holder')} of admin access ${departed === 1 ? 'is' : 'are'} on the register already` : ''}.`,
      );
    },
  },
  {
    id: 'identity.no-break-glass',
    area: 'identity',
    title: 'No break-glass account for the email tenant',
    base: { likelihood: 1, impact: 3 },
    remediation:
      'Create one cloud-only emergency admin account, excluded from conditional access, with a long random password sealed offline and an alert on every sign-in.',
    evaluate: (c) =>
      answerIn(c, 'identity.email-provider', ...CLOUD_EMAIL) && answer(c, 'identity.break-glass') === false
        ? fromAnswers(
            ['identity.break-glass'],
            'A lockout of the admins or an MFA outage would leave the clinic without its tenant.',
          )
        : [],
  },
];
