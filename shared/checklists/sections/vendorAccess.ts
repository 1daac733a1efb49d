import { options, yesNo, type Section } from '../question';

export const vendorAccess = {
  id: 'vendor',
  title: 'Vendor remote access',
  intro:
    'Each way a vendor or MSP reaches in. Record every link (method, always-on or on demand, MFA, networks it reaches) under Vendor access in the Inventory.',
  questions: [
    {
      id: 'vendor.any',
      text: 'Do any vendors or service providers have remote access?',
      help: 'Look for TeamViewer, AnyDesk, ScreenConnect, VPN clients, dial-up modems on imaging systems, and vendor cloud agents.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'vendor.recorded',
      text: 'Has every remote-access link been recorded in the Inventory?',
      help: 'Include links nobody uses any more: they are often still open.',
      answer: yesNo,
      required: true,
      showIf: { question: 'vendor.any', equals: true },
    },
    {
      id: 'vendor.session-logging',
      text: 'Are vendor sessions logged and reviewed?',
      help: 'Without logs nobody can tell what a vendor did, or whether it was the vendor.',
      answer: {
        kind: 'choice',
        options: options(
          ['reviewed', 'Logged and reviewed'],
          ['logged', 'Logged only'],
          ['none', 'Not logged'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
      showIf: { question: 'vendor.any', equals: true },
    },
    {
      id: 'vendor.shared-accounts',
      text: 'Do vendors use shared or generic accounts?',
      help: 'One "vendor" account used by all their engineers cannot be tied to a person.',
      answer: yesNo,
      required: true,
      showIf: { question: 'vendor.any', equals: true },
    },
    {
      id: 'vendor.baa',
      text: 'Is a business associate agreement (BAA) on file with each vendor that can reach PHI?',
      help: 'HIPAA requires a BAA with any vendor that can access protected health information.',
      answer: {
        kind: 'choice',
        options: options(
          ['all', 'With all of them'],
          ['some', 'With some'],
          ['none', 'None'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
      showIf: { question: 'vendor.any', equals: true },
    },
  ],
} as const satisfies Section;
