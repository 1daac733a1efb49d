import { notes, options, yesNo, type Section } from '../question';

export const clinicProfile = {
  id: 'profile',
  title: 'Clinic profile',
  intro: 'The size and shape of the clinic: it sets the bandwidth needs and how much weight each risk carries.',
  questions: [
    {
      id: 'profile.sites',
      text: 'How many sites does the clinic operate?',
      help: 'Each site usually has its own internet link and network; ask the practice manager.',
      answer: { kind: 'number', unit: 'sites', min: 1, max: 500 },
      required: true,
    },
    {
      id: 'profile.staff',
      text: 'How many staff work at the busiest site at the same time?',
      help: 'Concurrent users drive bandwidth and licence needs. Count clinical and front-desk staff on a normal weekday.',
      answer: { kind: 'number', unit: 'people', min: 0, max: 5000 },
      required: true,
    },
    {
      id: 'profile.workstations',
      text: 'How many workstations (desktops, laptops, thin clients) are in use?',
      help: 'A rough count is fine; the inventory holds the detail.',
      answer: { kind: 'number', unit: 'workstations', min: 0, max: 10000 },
      required: true,
    },
    {
      id: 'profile.emr-in-use',
      text: 'Is an electronic medical record (EMR) system in use?',
      help: 'EMR systems hold most of the protected health information (PHI) under HIPAA.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'profile.emr-hosting',
      text: 'Where is the EMR hosted?',
      help: 'A local EMR server is a high-value target on the clinic network; a cloud EMR makes the internet link critical.',
      answer: {
        kind: 'choice',
        options: options(
          ['on-premises', 'On a server in the clinic'],
          ['vendor-cloud', 'Vendor cloud (SaaS)'],
          ['hybrid', 'Both'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
      showIf: { question: 'profile.emr-in-use', equals: true },
    },
    {
      id: 'profile.it-support',
      text: 'Who supports IT at the clinic?',
      help: 'In-house staff, a managed service provider (MSP) or nobody. An MSP often holds remote access and admin credentials.',
      answer: {
        kind: 'choice',
        options: options(
          ['in-house', 'In-house staff'],
          ['msp', 'Managed service provider'],
          ['none', 'Nobody in particular'],
        ),
      },
      required: true,
    },
    {
      id: 'profile.msp-name',
      text: 'Which MSP, and how do they connect?',
      help: 'Note the company and the remote tools they use; record each link under Vendor access.',
      answer: notes,
      showIf: { question: 'profile.it-support', equals: 'msp' },
    },
    {
      id: 'profile.prior-incidents',
      text: 'Has the clinic had a security incident (ransomware, data breach, fraud) in the last three years?',
      help: 'Ask directly and look for breach notifications. A past incident often left backdoors or unchanged passwords.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'profile.incident-details',
      text: 'What happened, and what was done afterwards?',
      help: 'Date, kind of incident, whether it was reported (HHS breach portal), and what changed since.',
      answer: notes,
      showIf: { question: 'profile.prior-incidents', equals: true },
    },
    {
      id: 'profile.cyber-insurance',
      text: 'Does the clinic hold cyber insurance?',
      help: 'Policies often require MFA, backups and EDR; a lapse may matter to the acquirer.',
      answer: yesNo,
    },
  ],
} as const satisfies Section;
