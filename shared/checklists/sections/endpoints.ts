import { options, yesNo, type Section } from '../question';

export const endpoints = {
  id: 'endpoints',
  title: 'Endpoints and OS versions',
  intro:
    'How workstations and servers are kept. Record each machine, with its operating system as it reports it, in the Inventory: end of support is worked out from there.',
  questions: [
    {
      id: 'endpoints.inventory-recorded',
      text: 'Have all workstations and servers been recorded in the Inventory with their OS version?',
      help: 'Run winver or "systeminfo | findstr /B /C:OS" on each machine, or import a scan. Include the edition and build: "Windows 10 Enterprise LTSC 2019", "Windows 7 Professional SP1".',
      answer: yesNo,
      required: true,
    },
    {
      id: 'endpoints.patching',
      text: 'How are operating system updates applied?',
      help: 'Check Windows Update history (Settings > Update history or "wmic qfe list") on a few machines.',
      answer: {
        kind: 'choice',
        options: options(
          ['automatic', 'Automatically (Windows Update / WSUS / RMM)'],
          ['manual', 'By hand, when someone remembers'],
          ['none', 'Not at all'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'endpoints.last-patch-days',
      text: 'How many days since the most recent update on a typical workstation?',
      help: 'Read the newest entry of the update history.',
      answer: { kind: 'number', unit: 'days', min: 0, max: 10000 },
      showIf: { question: 'endpoints.patching', in: ['automatic', 'manual'] },
    },
    {
      id: 'endpoints.local-admin',
      text: 'Do everyday users log in with local administrator rights?',
      help: 'Run "net localgroup administrators" on a front-desk PC. Admin rights let malware install itself.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'endpoints.shared-accounts',
      text: 'Do staff share Windows or EMR logins?',
      help: 'Shared accounts make HIPAA audit trails meaningless; look for sticky notes and generic names like "frontdesk".',
      answer: yesNo,
      required: true,
    },
    {
      id: 'endpoints.disk-encryption',
      text: 'Are laptop and workstation disks encrypted (BitLocker, FileVault)?',
      help: 'Run "manage-bde -status". An unencrypted stolen laptop with PHI is a reportable breach.',
      answer: {
        kind: 'choice',
        options: options(['all', 'All of them'], ['some', 'Some'], ['none', 'None'], ['unknown', 'Not known']),
      },
      required: true,
    },
    {
      id: 'endpoints.edr',
      text: 'What protects endpoints against malware?',
      help: 'Look at the tray icons and installed programs; ask whether alerts go to anyone.',
      answer: {
        kind: 'choice',
        options: options(
          ['edr', 'EDR, monitored by someone'],
          ['antivirus', 'Antivirus only'],
          ['none', 'Nothing, or expired'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'endpoints.usb',
      text: 'Can anyone plug in USB storage?',
      help: 'USB sticks carry malware to air-gapped medical devices and PHI out of the building.',
      answer: yesNo,
    },
  ],
} as const satisfies Section;
