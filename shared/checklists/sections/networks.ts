import { options, yesNo, type Section } from '../question';

export const networks = {
  id: 'network',
  title: 'Networks and segmentation',
  intro:
    'Which networks exist and what separates them. Record each network or VLAN in the Inventory first, so the questions below can refer to them.',
  questions: [
    {
      id: 'network.recorded',
      text: "Have the clinic's networks and VLANs been recorded in the Inventory with their purpose?",
      help: 'Read the switch and firewall configuration, or "ipconfig /all" on machines in each room.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'network.medical-device-networks',
      text: 'Which networks do the medical devices sit on?',
      help: "Check each device's IP settings against the subnets recorded.",
      answer: { kind: 'networks' },
      showIf: { question: 'devices.present', equals: true },
    },
    {
      id: 'network.flat',
      text: 'Do medical devices and office PCs share one subnet?',
      help: "A flat network lets ransomware on a reception PC reach every device. Compare the device IPs with the PCs' IPs.",
      answer: yesNo,
      required: true,
    },
    {
      id: 'network.firewall-between',
      text: 'Does a firewall separate the clinical, corporate, guest and vendor networks?',
      help: 'A VLAN without filtering between them is not separation; look at the inter-VLAN rules.',
      answer: {
        kind: 'choice',
        options: options(
          ['yes', 'Yes, with rules between them'],
          ['partly', 'Partly'],
          ['no', 'No'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'network.guest-wifi-isolated',
      text: "Is guest Wi-Fi kept off the clinic's internal networks?",
      help: 'Join the guest network and try to reach an internal address.',
      answer: yesNo,
    },
    {
      id: 'network.parent-reachable',
      text: "Can the parent firm's corporate network reach the clinic network (or will it after integration)?",
      help: "A site-to-site VPN or MPLS link makes the clinic's weakest device a path into the parent.",
      answer: { kind: 'choice', options: options(['now', 'Yes, already'], ['planned', 'Planned'], ['no', 'No']) },
      required: true,
    },
    {
      id: 'network.monitoring',
      text: "Is the clinic's network traffic monitored passively for attacks (network detection or IDS on a mirror port), with alerts someone reviews?",
      help: 'Machines that cannot run an EDR agent (medical devices, old systems) are seen only on the wire. Ask who receives the alerts and look at a recent one.',
      answer: {
        kind: 'choice',
        options: options(
          ['yes', 'Yes, alerts reviewed'],
          ['unreviewed', 'Collected, nobody reviews the alerts'],
          ['no', 'No'],
          ['unknown', 'Not known'],
        ),
      },
    },
    {
      id: 'network.firewall-managed',
      text: 'Who manages the clinic firewall, and is its firmware supported?',
      help: 'Note the make, model, firmware and admin account; end-of-life firewalls stop getting fixes.',
      answer: {
        kind: 'choice',
        options: options(
          ['supported', 'Managed, supported firmware'],
          ['outdated', 'Outdated or end of life'],
          ['consumer', 'Consumer router, no real firewall'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
  ],
} as const satisfies Section;
