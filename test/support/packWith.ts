import type { ActivePack } from '../../shared/reference/contentPack';
import { testPack } from './testPack';

/** A signed pack in force with the given integration profile (parsed, defaults filled in). */
export function packWith(profile: Record<string, unknown>, name = 'Northwind Health integration standard'): ActivePack {
  return testPack({ name, firm: 'Northwind Health', profile });
}

/** The parent's plan and agents most tests use: 10.0.0.0/8 and 172.16.0.0/16; an EDR and a log forwarder. */
export const northwindProfile = {
  addressPlan: [
    { cidr: '10.0.0.0/8', name: 'Corporate data centres' },
    { cidr: '172.16.0.0/16', name: 'Hospital campus' },
  ],
  requiredAgents: [
    {
      id: 'edr',
      name: 'Falcon EDR',
      purpose: 'edr',
      supportedOs: ['windows-10', 'windows-11', 'server-2016', 'server-2019', 'server-2022', 'linux'],
      requiredOn: ['workstation', 'server', 'medical-device'],
    },
    {
      id: 'logs',
      name: 'Log forwarder',
      purpose: 'log-forwarding',
      supportedOs: ['windows', 'linux'],
    },
  ],
};
