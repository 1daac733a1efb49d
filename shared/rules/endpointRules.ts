import { STALE_UPDATE_DAYS } from './effectiveSupport';
import { answer, answerIn, assetExposure, assetName, daysBetween, fromAnswers } from './ruleHelpers';
import type { Asset } from '../model/asset';
import type { Rule, RuleContext, WithId } from './ruleTypes';
import { count } from '../model/plural';

const basis = (text: string | undefined) => (text ? ` (${text})` : '');
/** The recorded applications a machine hosts, by name. */
const hostedNames = (c: RuleContext, a: WithId<Asset>) =>
  c.applications
    .filter((app) => a.data.hostsApplicationIds.includes(app.id))
    .map((app) => c.nameOf(app.id))
    .join(', ') || 'patient data';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const computers = (kind: string) => kind === 'workstation' || kind === 'server' || kind === 'medical-device';

export const endpointRules: Rule[] = [
  {
    id: 'os.unsupported',
    area: 'endpoints',
    title: 'Operating system past end of support',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Upgrade to a supported release where the vendor allows it. Where the OS cannot be upgraded (medical devices under regulatory clearance), put compensating controls in place: move the machine to an isolated network segment with only the flows it needs, allow-list its applications, reach it for administration only through a jump host, and remove its internet access; record an owner and a review date for each control.',
    evaluate: (c) =>
      c.assets
        .filter((a) => computers(a.data.kind) && c.osSupportOf(a).status === 'unsupported')
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${assetName(a.data)} runs ${[a.data.osVersion, a.data.osEdition].filter(Boolean).join(' ')}: ${lowerFirst(c.osSupportOf(a).label)}${basis(c.osSupportOf(a).basis)}.`,
          factors: [
            { label: 'unsupported OS' },
            ...assetExposure(c, a),
            ...(c.patientDataHosts.has(a.id) ? [{ label: `hosts ${hostedNames(c, a)}`, impact: 1 }] : []),
          ],
        })),
  },
  {
    id: 'os.esu-unconfirmed',
    area: 'endpoints',
    title: 'Free updates have ended and paid extended updates are not confirmed',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Confirm extended security updates on each machine: the ESU licence is installed and activated (slmgr /dlv lists it), and the newest monthly update is installed. Record the enrolment and the last update in the inventory. Without ESU the machine is unsupported: upgrade or replace it.',
    evaluate: (c) =>
      c.assets
        .filter((a) => computers(a.data.kind) && c.osSupportOf(a).esuUnconfirmed === true)
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${assetName(a.data)}: ${lowerFirst(c.osSupportOf(a).label)}.`,
          factors: assetExposure(c, a).filter((f) => f.label === 'networked' || f.label.startsWith('attached')),
        })),
  },
  {
    id: 'os.updates-not-installed',
    area: 'endpoints',
    title: 'Security updates are not being installed',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Install the missing updates now, then put the machine under the clinic's patch process (WSUS, Intune or the MSP's RMM) with a monthly window and a report of machines that missed it.",
    evaluate: (c) =>
      c.assets
        .filter(
          (a) =>
            computers(a.data.kind) &&
            a.data.kind !== 'medical-device' &&
            a.data.lastSecurityUpdate !== '' &&
            ['supported', 'extended-only'].includes(c.osSupportOf(a).status) &&
            daysBetween(a.data.lastSecurityUpdate, c.assessmentDate) > STALE_UPDATE_DAYS,
        )
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${assetName(a.data)}: the newest security update installed is from ${a.data.lastSecurityUpdate}${a.data.lastUpdateBuild ? ` (${a.data.lastUpdateBuild})` : ''}.`,
          factors: assetExposure(c, a).filter((f) => f.impact || f.label === 'networked'),
        })),
  },
  {
    id: 'os.extended-only',
    area: 'endpoints',
    title: 'Operating system on paid or extended support only',
    base: { likelihood: 1, impact: 2 },
    remediation:
      'Confirm extended security updates are actually licensed and installed, and plan the upgrade before they end.',
    evaluate: (c) =>
      c.assets
        .filter(
          (a) =>
            computers(a.data.kind) && c.osSupportOf(a).status === 'extended-only' && !c.osSupportOf(a).esuUnconfirmed,
        )
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${assetName(a.data)}: ${c.osSupportOf(a).label}.`,
          factors: assetExposure(c, a).filter((f) => f.impact),
        })),
  },
  {
    id: 'os.unknown',
    area: 'endpoints',
    title: 'Operating system not identified',
    base: { likelihood: 1, impact: 2 },
    remediation:
      "Record the exact OS version, edition and build of each machine (winver, systeminfo, or the device's About screen) so its support status can be judged.",
    evaluate: (c) => {
      const unknown = c.assets.filter(
        (a) =>
          computers(a.data.kind) &&
          a.data.osFamily !== 'embedded' &&
          a.data.osFamily !== 'other' &&
          c.osSupportOf(a).status === 'unknown',
      );
      return unknown.length
        ? [
            {
              records: unknown.map((a) => a.id),
              questions: [],
              detail: `${count(unknown.length, 'machine')} without an identifiable OS: ${unknown
                .slice(0, 5)
                .map((a) => assetName(a.data))
                .join(', ')}${unknown.length > 5 ? '…' : ''}.`,
              factors: [],
            },
          ]
        : [];
    },
  },
  {
    id: 'endpoints.no-patching',
    area: 'endpoints',
    title: 'Operating system updates are not applied',
    base: { likelihood: 3, impact: 3 },
    remediation:
      "Enable automatic updates through WSUS, Intune or the MSP's RMM tool, with a monthly patch window and a report of machines that missed it.",
    evaluate: (c) =>
      answerIn(c, 'endpoints.patching', 'none')
        ? fromAnswers(['endpoints.patching'], 'Nobody applies operating system updates.')
        : [],
  },
  {
    id: 'endpoints.stale-patches',
    area: 'endpoints',
    title: 'Workstations are months behind on updates',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Bring machines up to date now, then automate patching with a monthly window and compliance reporting.',
    evaluate: (c) => {
      const days = answer(c, 'endpoints.last-patch-days');
      if (typeof days !== 'number' || days <= 60) return [];
      return fromAnswers(
        ['endpoints.last-patch-days'],
        `The most recent update on a typical workstation is ${days} days old.`,
        days > 180 ? [{ label: 'over six months', likelihood: 1 }] : [],
      );
    },
  },
  {
    id: 'endpoints.local-admin',
    area: 'endpoints',
    title: 'Everyday users are local administrators',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Remove local administrator rights from everyday accounts; use a separate admin account or LAPS-managed local admin for support.',
    evaluate: (c) =>
      answer(c, 'endpoints.local-admin') === true
        ? fromAnswers(['endpoints.local-admin'], 'Staff log in with local administrator rights.')
        : [],
  },
  {
    id: 'endpoints.shared-accounts',
    area: 'endpoints',
    title: 'Shared logins for Windows or the EMR',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Give every person their own account (HIPAA 164.312(a)(2)(i) unique user identification); use fast user switching or tap-badge login where speed is the reason for sharing.',
    evaluate: (c) =>
      answer(c, 'endpoints.shared-accounts') === true
        ? fromAnswers(
            ['endpoints.shared-accounts'],
            'Staff share logins, so access to patient records cannot be traced to a person.',
          )
        : [],
  },
  {
    id: 'endpoints.no-disk-encryption',
    area: 'endpoints',
    title: 'Disks are not encrypted',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Turn on BitLocker (or FileVault) on every laptop and workstation holding patient data, with recovery keys escrowed centrally.',
    evaluate: (c) =>
      answerIn(c, 'endpoints.disk-encryption', 'none', 'some')
        ? fromAnswers(
            ['endpoints.disk-encryption'],
            answer(c, 'endpoints.disk-encryption') === 'none'
              ? 'No disks are encrypted.'
              : 'Only some disks are encrypted.',
            answer(c, 'endpoints.disk-encryption') === 'none' ? [{ label: 'none encrypted', likelihood: 1 }] : [],
          )
        : [],
  },
  {
    id: 'endpoints.no-edr',
    area: 'endpoints',
    title: 'Weak or no malware protection',
    base: { likelihood: 2, impact: 3 },
    remediation:
      "Deploy an EDR product on every workstation and server, with alerts going to a monitored queue (the parent's SOC after integration).",
    evaluate: (c) =>
      answerIn(c, 'endpoints.edr', 'none', 'antivirus')
        ? fromAnswers(
            ['endpoints.edr'],
            answer(c, 'endpoints.edr') === 'none'
              ? 'Endpoints have no working malware protection.'
              : 'Endpoints have antivirus only, with nobody watching alerts.',
            answer(c, 'endpoints.edr') === 'none' ? [{ label: 'no protection', likelihood: 1 }] : [],
          )
        : [],
  },
  {
    id: 'endpoints.usb',
    area: 'endpoints',
    title: 'USB storage is unrestricted',
    base: { likelihood: 1, impact: 2 },
    remediation:
      'Block USB mass storage by policy, with exceptions for named devices; encrypted USB only where needed.',
    evaluate: (c) =>
      answer(c, 'endpoints.usb') === true ? fromAnswers(['endpoints.usb'], 'Anyone can plug in USB storage.') : [],
  },
];
