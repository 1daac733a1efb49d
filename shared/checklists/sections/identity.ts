import { options, yesNo, type Section } from '../question';

const yesNoPartly = options(
  ['yes', 'Yes, for every mailbox'],
  ['partly', 'For some'],
  ['no', 'No'],
  ['unknown', 'Not known'],
);

export const identity = {
  id: 'identity',
  title: 'Identity and email',
  intro:
    'Who can take over the clinic by its accounts: the email tenant, its domain and the admin accounts. Record each admin holder in Inventory › Admin access.',
  questions: [
    {
      id: 'identity.admins-recorded',
      text: 'Has every admin holder been recorded in Inventory › Admin access (firewall, domain, email tenant, EMR, registrar, backups, MSP tools)?',
      help: "Ask the practice manager and the MSP for every account with admin rights, then check the firewall's and the tenant's admin lists yourself: the seller's people and departed staff are the ones nobody mentions.",
      answer: yesNo,
      required: true,
    },
    {
      id: 'identity.email-provider',
      text: "Where is the clinic's email hosted?",
      help: 'The MX record or the sign-in page tells: outlook.office365.com is Microsoft 365, Google is Workspace.',
      answer: {
        kind: 'choice',
        options: options(
          ['m365', 'Microsoft 365'],
          ['google', 'Google Workspace'],
          ['exchange-onprem', 'Exchange on premises'],
          ['hosted-other', 'Another hosting provider'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'identity.email-mfa',
      text: 'Is multi-factor authentication enforced for every mailbox?',
      help: 'Enforced, not offered: in Microsoft 365 security defaults or a conditional access policy for all users; in Google Workspace 2-step verification enforced. Shared mailboxes signed into directly count too.',
      answer: { kind: 'choice', options: yesNoPartly },
      required: true,
      showIf: { question: 'identity.email-provider', in: ['m365', 'google', 'exchange-onprem', 'hosted-other'] },
    },
    {
      id: 'identity.legacy-auth',
      text: 'Is legacy authentication (IMAP, POP, basic-auth SMTP) turned off?',
      help: 'Legacy protocols take a password alone and bypass MFA; password-spraying attacks use them. Microsoft 365: check authentication policies and SMTP AUTH per mailbox; scanners and copiers that send mail often keep SMTP AUTH on.',
      answer: yesNo,
      showIf: { question: 'identity.email-provider', in: ['m365', 'google', 'exchange-onprem', 'hosted-other'] },
    },
    {
      id: 'identity.spf',
      text: "Does the clinic's domain publish an SPF record that ends in -all or ~all?",
      help: 'A TXT record starting "v=spf1" on the domain; look it up with the MSP or from any DNS tool off site.',
      answer: yesNo,
    },
    {
      id: 'identity.dkim',
      text: 'Is outgoing mail signed with DKIM?',
      help: 'Microsoft 365: DKIM enabled for the custom domain (selector1/selector2 CNAMEs); Google: the google._domainkey record.',
      answer: yesNo,
    },
    {
      id: 'identity.dmarc',
      text: 'What DMARC policy does the domain publish?',
      help: 'The TXT record at _dmarc.<domain>: p=none only reports; quarantine or reject stops others sending mail as the clinic to its patients.',
      answer: {
        kind: 'choice',
        options: options(
          ['reject', 'p=reject'],
          ['quarantine', 'p=quarantine'],
          ['none', 'p=none (monitoring only)'],
          ['not-published', 'No DMARC record'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'identity.separate-admin',
      text: 'Do admins use separate accounts for admin work, not the ones they read email with?',
      help: 'A phishing click on an everyday account that is also a domain or tenant admin hands over everything.',
      answer: yesNo,
    },
    {
      id: 'identity.registrar-known',
      text: "Is it known who holds the account at the domain registrar, and is it in the clinic's name?",
      help: 'Whoever holds the registrar account can move the domain, its email and its website. Often the seller, a relative or a former web designer.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'identity.registrar-mfa',
      text: 'Does the registrar account use multi-factor authentication?',
      help: "Registrar takeovers redirect the clinic's email without touching the tenant.",
      answer: yesNo,
      showIf: { question: 'identity.registrar-known', equals: true },
    },
    {
      id: 'identity.break-glass',
      text: 'Is there a break-glass admin account for the email tenant, its credentials sealed and its use alerted?',
      help: 'One cloud-only account excluded from conditional access, with a long password kept offline, so a lockout or an MFA outage does not leave the clinic without its tenant.',
      answer: yesNo,
      showIf: { question: 'identity.email-provider', in: ['m365', 'google'] },
    },
    {
      id: 'identity.offboarding',
      text: "Does the offboarding procedure remove a leaver's access, admin rights included, on their last day?",
      help: 'Ask for the last leaver and check their accounts are disabled everywhere: email, EMR, firewall, remote tools.',
      answer: yesNo,
      required: true,
    },
  ],
} as const satisfies Section;
