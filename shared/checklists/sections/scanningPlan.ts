import { notes, options, yesNo, type Section } from '../question';

export const scanningPlan = {
  id: 'scanning',
  title: 'Scanning plan',
  intro:
    'Active scans can knock fragile devices offline, so they happen in agreed off-hours windows, with fragile devices excluded.',
  questions: [
    {
      id: 'scanning.window-agreed',
      text: 'Has an off-hours window for active scanning been agreed?',
      help: 'With the practice manager and the on-call clinician: when no patient depends on a device.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'scanning.window',
      text: 'When is the scanning window?',
      help: 'For example "Sunday 02:00–05:00". Note the time zone.',
      answer: { kind: 'text' },
      required: true,
      showIf: { question: 'scanning.window-agreed', equals: true },
    },
    {
      id: 'scanning.approver',
      text: 'Who approved the scans?',
      help: 'Name and role; keep the written approval.',
      answer: { kind: 'text' },
      required: true,
      showIf: { question: 'scanning.window-agreed', equals: true },
    },
    {
      id: 'scanning.excluded-devices',
      text: 'Which devices must not be actively scanned?',
      help: 'Pick every device the vendor or the clinic says could crash or misbehave under a scan; mark them "not safe to scan" in the Inventory too.',
      answer: { kind: 'assets', assetKind: 'medical-device' },
    },
    {
      id: 'scanning.exclusions-listed',
      text: 'Are the devices that must not be actively scanned excluded from the scan targets?',
      help: 'Mark them "not safe to scan" in the Inventory and exclude their addresses.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'scanning.passive',
      text: 'Which passive methods will cover the excluded devices?',
      help: "Traffic capture on a SPAN port, the vendor's MDS2, the device's own screens, switch MAC tables.",
      answer: {
        kind: 'multi-choice',
        options: options(
          ['span', 'Traffic capture (SPAN / tap)'],
          ['mds2', 'MDS2 and vendor documents'],
          ['manual', 'Reading the device screens'],
          ['switch', 'Switch and DHCP tables'],
        ),
      },
    },
    {
      id: 'scanning.rollback',
      text: 'Who is on call to restart a device if a scan affects it?',
      help: "Name, phone number, and the vendor's emergency line.",
      answer: notes,
    },
  ],
} as const satisfies Section;
