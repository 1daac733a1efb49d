import { options, yesNo, type Section } from '../question';

export const governance = {
  id: 'governance',
  title: 'Governance basics',
  intro: 'The paperwork that shows the clinic knows what it has and can recover.',
  questions: [
    {
      id: 'governance.asset-inventory',
      text: 'Did the clinic have an asset inventory before this visit?',
      help: 'A spreadsheet or RMM list, however old.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'governance.backups',
      text: 'Are backups of the EMR and file shares taken, kept off-site or offline, and test-restored?',
      help: 'Ask when a restore was last tested. Ransomware deletes backups it can reach.',
      answer: {
        kind: 'choice',
        options: options(
          ['tested', 'Yes, restore tested in the last year'],
          ['untested', 'Taken but never test-restored'],
          ['online-only', 'Only on a disk the network can reach'],
          ['none', 'No backups'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'governance.incident-contacts',
      text: 'Is there a written list of whom to call in a security incident?',
      help: "IT support, vendors, insurer, the parent firm's security team.",
      answer: yesNo,
      required: true,
    },
    {
      id: 'governance.risk-analysis',
      text: 'Is a HIPAA security risk analysis on file, less than a year old?',
      help: 'Required by the HIPAA Security Rule (45 CFR 164.308(a)(1)(ii)(A)).',
      answer: {
        kind: 'choice',
        options: options(['current', 'Yes, within the last year'], ['old', 'Older than a year'], ['none', 'None']),
      },
      required: true,
    },
    {
      id: 'governance.training',
      text: 'Do staff get security awareness training?',
      help: 'Phishing is the usual way in.',
      answer: yesNo,
    },
  ],
} as const satisfies Section;
