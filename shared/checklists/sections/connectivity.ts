import { options, yesNo, type Section } from '../question';

export const connectivity = {
  id: 'connectivity',
  title: 'Connectivity and bandwidth',
  intro:
    'Record each internet link with measured speed, latency and jitter in the Inventory; the needs are worked out from staff count, cloud EMR, telehealth and the VPN to the parent.',
  questions: [
    {
      id: 'connectivity.recorded',
      text: 'Has each internet link been recorded with a measured speed test?',
      help: 'Run a speed test from a wired PC at a busy time; note download, upload, latency and jitter.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'connectivity.telehealth',
      text: 'Does the clinic run telehealth video visits?',
      help: 'Each concurrent HD video visit needs a few Mbit/s both ways with low jitter.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'connectivity.telehealth-concurrent',
      text: 'How many video visits can run at the same time?',
      help: 'Usually one per clinician doing telehealth at once.',
      answer: { kind: 'number', unit: 'visits', min: 0, max: 200 },
      showIf: { question: 'connectivity.telehealth', equals: true },
    },
    {
      id: 'connectivity.telehealth-planned',
      text: 'Is telehealth planned for the coming year?',
      help: 'Size the link for it now: a new link takes weeks to install.',
      answer: yesNo,
      showIf: { question: 'connectivity.telehealth', equals: false },
    },
    {
      id: 'connectivity.vpn-to-parent',
      text: 'Will the clinic connect to the parent firm with a site-to-site VPN?',
      help: 'The VPN carries shared services (email, directory, monitoring) and adds overhead.',
      answer: {
        kind: 'choice',
        options: options(['yes', 'Yes, in place'], ['planned', 'Planned'], ['no', 'No'], ['unknown', 'Not decided']),
      },
      required: true,
    },
    {
      id: 'connectivity.packet-loss',
      text: 'Packet loss measured on the main link',
      help: 'From a continuous ping to a public address for a minute; above 1 % breaks voice and video.',
      answer: { kind: 'number', unit: '%', min: 0, max: 100 },
    },
    {
      id: 'connectivity.outage-plan',
      text: 'Can the clinic keep seeing patients if the internet link fails?',
      help: 'With a cloud EMR, an outage stops scheduling and charting unless there is a backup link or a downtime procedure.',
      answer: yesNo,
      required: true,
    },
  ],
} as const satisfies Section;
