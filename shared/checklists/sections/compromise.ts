import { notes, options, type Section } from '../question';

/** The checks of the compromise check before connecting, by value: the verdict names the ones not done. */
export const compromiseCheckOptions = options(
  ['admin-accounts', 'Local admin accounts reviewed on servers and workstations'],
  ['persistence', 'Scheduled tasks, services and autoruns reviewed'],
  ['outbound', 'Outbound connections and firewall logs reviewed'],
  ['edr-alerts', 'EDR and antivirus alerts reviewed'],
);

export const compromise = {
  id: 'compromise',
  title: 'Compromise check',
  intro:
    'Before the clinic is joined to the parent’s network, look for signs it is already compromised: a clean result only counts for the checks actually done. Record anything unexplained as an indicator in Integration.',
  questions: [
    {
      id: 'compromise.checks-done',
      text: 'Which compromise checks were done?',
      help: 'Tick only the checks done on this visit: local Administrators groups on servers and a sample of workstations, scheduled tasks, services and Run keys (Autoruns), outbound connections in the firewall logs or netstat on servers, and the EDR/antivirus console for the last 90 days.',
      answer: { kind: 'multi-choice', options: compromiseCheckOptions },
    },
    {
      id: 'compromise.notes',
      text: 'How were the checks done, and on which machines?',
      help: 'The tools and the sample, so the integration team knows what "nothing found" covers.',
      answer: notes,
    },
  ],
} as const satisfies Section;
