import { options, yesNo, type Section } from '../question';

export const applications = {
  id: 'apps',
  title: 'Applications',
  intro:
    'The EMR, practice-management and other clinical systems. Record each in the Inventory with version, hosting and vendor support.',
  questions: [
    {
      id: 'apps.recorded',
      text: 'Have the EMR and other clinical applications been recorded in the Inventory?',
      help: 'Help > About in each application shows the version; ask the vendor for its support status.',
      answer: yesNo,
      required: true,
    },
    {
      id: 'apps.admin-holders',
      text: 'Who holds administrator access to the EMR?',
      help: 'Admins can export every patient record; there should be few, named, and not the vendor alone.',
      answer: {
        kind: 'choice',
        options: options(
          ['named-staff', 'Named clinic staff'],
          ['vendor-only', 'Only the vendor'],
          ['everyone', 'Many or shared accounts'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'apps.mfa',
      text: 'Does the EMR require multi-factor authentication for remote or cloud access?',
      help: 'A stolen password alone should not open the patient records from the internet.',
      answer: {
        kind: 'choice',
        options: options(
          ['yes', 'Yes'],
          ['no', 'No'],
          ['not-applicable', 'No remote access'],
          ['unknown', 'Not known'],
        ),
      },
      required: true,
    },
    {
      id: 'apps.audit-log',
      text: 'Does the EMR keep an access audit log that someone reviews?',
      help: 'HIPAA expects audit controls; ask to see the report of who opened which chart.',
      answer: yesNo,
    },
  ],
} as const satisfies Section;
