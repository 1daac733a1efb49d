/** Connectivity, applications, wireless, scanning and governance. */
import { answer, answerIn, assetName, fromAnswers, isNetworked, medicalDevices } from './ruleHelpers';
import type { Rule } from './ruleTypes';
import { agree, count } from '../model/plural';
import { verdictLabels } from '../reference/bandwidthNeeds';

export const serviceRules: Rule[] = [
  {
    id: 'connectivity.insufficient',
    area: 'connectivity',
    title: 'Internet link too thin for what the clinic runs',
    base: { likelihood: 3, impact: 2 },
    remediation:
      'Order a faster primary link sized to the computed need with 25 % headroom (fibre or business cable where available), and a backup link on a different medium (cellular or fixed wireless).',
    evaluate: (c) => {
      const v = c.bandwidth;
      if (v.verdict !== 'insufficient' && v.verdict !== 'marginal') return [];
      const main = c.links.find((l) => !l.data.isBackup) ?? c.links[0];
      const factors = [
        ...(v.verdict === 'marginal' ? [{ label: 'marginal', likelihood: -1 }] : []),
        ...(answerIn(c, 'profile.emr-hosting', 'vendor-cloud', 'hybrid')
          ? [{ label: 'cloud EMR depends on it', impact: 1 }]
          : []),
      ];
      return [
        {
          records: main ? [main.id] : [],
          questions: ['profile.staff'],
          detail: `${verdictLabels[v.verdict]}: needs ${v.need.downMbps}/${v.need.upMbps} Mbit/s down/up. ${v.reasons.join(' ')}`,
          factors,
        },
      ];
    },
  },
  {
    id: 'connectivity.no-backup',
    area: 'connectivity',
    title: 'No backup internet link for what depends on the internet',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Add a backup link on a different medium with automatic failover, and write a downtime procedure (paper forms, read-only EMR copy) for outages.',
    evaluate: (c) => {
      if (c.links.some((l) => l.data.isBackup)) return [];
      const cloudEmr =
        answerIn(c, 'profile.emr-hosting', 'vendor-cloud', 'hybrid') ||
        c.applications.some(
          (a) => a.data.category === 'emr' && (a.data.hosting === 'vendor-cloud' || a.data.hosting === 'hybrid'),
        );
      const dependencies = [
        cloudEmr ? 'the EMR runs in the cloud' : '',
        answer(c, 'connectivity.telehealth') === true
          ? 'telehealth visits'
          : answer(c, 'connectivity.telehealth-planned') === true
            ? 'the telehealth planned'
            : '',
        answerIn(c, 'connectivity.vpn-to-parent', 'yes', 'planned') ? 'the VPN to the parent' : '',
        ...c.applications
          .filter((a) => a.data.category !== 'emr' && a.data.hosting === 'vendor-cloud')
          .map((a) => `${a.data.name || 'an application'} in the vendor's cloud`),
      ].filter(Boolean);
      if (!dependencies.length) return [];
      const planned = answer(c, 'connectivity.outage-plan') === true;
      const factors = [
        ...(cloudEmr ? [{ label: 'cloud EMR', impact: 1 }] : []),
        ...(planned ? [{ label: 'downtime procedure in place', likelihood: -1 }] : []),
      ];
      return [
        {
          records: c.links.map((l) => l.id),
          questions: ['profile.emr-hosting', 'connectivity.outage-plan'],
          detail: `No backup link, while ${dependencies.join(', ')} depend${dependencies.length === 1 ? 's' : ''} on the internet${planned ? '' : ', and there is no plan for working through an outage'}.`,
          factors,
        },
      ];
    },
  },
  {
    id: 'apps.unsupported',
    area: 'apps',
    title: 'Clinical application without vendor support',
    base: { likelihood: 2, impact: 3 },
    remediation:
      "Upgrade to a supported version or migrate to the parent's EMR; until then restrict who can reach the application server and keep it off the internet.",
    evaluate: (c) =>
      c.applications
        .filter((a) => a.data.vendorSupported === false)
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${a.data.name} ${a.data.version} is no longer supported by its vendor.`,
          factors: a.data.storesPatientData === true ? [{ label: 'patient data', impact: 1 }] : [],
        })),
  },
  {
    id: 'apps.admin-access',
    area: 'apps',
    title: 'EMR administrator access is not controlled',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Limit EMR administration to two or three named staff with their own accounts; vendor admin access on request only.',
    evaluate: (c) =>
      answerIn(c, 'apps.admin-holders', 'everyone', 'vendor-only')
        ? fromAnswers(
            ['apps.admin-holders'],
            answer(c, 'apps.admin-holders') === 'everyone'
              ? 'Many people, or shared accounts, hold EMR administrator access.'
              : 'Only the vendor can administer the EMR.',
            answer(c, 'apps.admin-holders') === 'everyone' ? [{ label: 'shared admin', likelihood: 1 }] : [],
          )
        : [],
  },
  {
    id: 'apps.no-mfa',
    area: 'apps',
    title: 'EMR reachable from outside without MFA',
    base: { likelihood: 3, impact: 3 },
    remediation: "Turn on MFA for all remote and cloud EMR access, or put it behind the parent's SSO with MFA.",
    evaluate: (c) =>
      answerIn(c, 'apps.mfa', 'no')
        ? fromAnswers(['apps.mfa'], 'A stolen password alone opens the EMR from the internet.')
        : [],
  },
  {
    id: 'apps.no-audit',
    area: 'apps',
    title: 'EMR access is not audited',
    base: { likelihood: 2, impact: 2 },
    remediation: "Enable the EMR's access audit log and review it monthly (HIPAA 164.312(b) audit controls).",
    evaluate: (c) =>
      answer(c, 'apps.audit-log') === false
        ? fromAnswers(['apps.audit-log'], 'Nobody reviews who opens which patient chart.')
        : [],
  },
  {
    id: 'wireless.weak-security',
    area: 'wireless',
    title: 'Weak Wi-Fi security',
    base: { likelihood: 3, impact: 2 },
    remediation:
      'Move staff Wi-Fi to WPA2/WPA3-Enterprise with individual credentials; if a shared key must stay, rotate it and give devices their own SSID.',
    evaluate: (c) => {
      if (answerIn(c, 'wireless.wifi-security', 'wep-open'))
        return fromAnswers(
          ['wireless.wifi-security'],
          'Staff Wi-Fi is open or uses WEP: anyone nearby can read or join it.',
          [{ label: 'open or WEP', likelihood: 1 }],
        );
      if (answerIn(c, 'wireless.wifi-security', 'wpa2-personal') && answer(c, 'wireless.devices-on-wifi') === true)
        return fromAnswers(
          ['wireless.wifi-security', 'wireless.devices-on-wifi'],
          'Medical devices use a shared Wi-Fi password that former staff may know.',
          [{ label: 'shared key', likelihood: -1 }],
        );
      return [];
    },
  },
  {
    id: 'wireless.rf-unsecured',
    area: 'wireless',
    title: 'Implant programmer or RF equipment not secured',
    base: { likelihood: 2, impact: 3 },
    remediation:
      "Keep programmers and RF equipment locked away, log their use, and restrict it to trained clinicians; check the vendor's security advisories for the models in use.",
    evaluate: (c) =>
      answerIn(c, 'wireless.rf-secured', 'open', 'restricted')
        ? fromAnswers(
            ['wireless.rf-secured'],
            answer(c, 'wireless.rf-secured') === 'open'
              ? 'RF or implant programmer equipment is accessible to anyone.'
              : 'RF equipment is in a staff area but not locked.',
            answer(c, 'wireless.rf-secured') === 'open' ? [{ label: 'accessible to anyone', likelihood: 1 }] : [],
          )
        : [],
  },
  {
    id: 'scanning.no-window',
    area: 'scanning',
    title: 'No agreed window for active scanning',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Agree an off-hours scan window with the practice manager and the on-call clinician, in writing, before any active scan.',
    evaluate: (c) =>
      answer(c, 'scanning.window-agreed') === false
        ? fromAnswers(['scanning.window-agreed'], 'Active scans have no agreed off-hours window.')
        : [],
  },
  {
    id: 'scanning.fragile-not-excluded',
    area: 'scanning',
    title: 'Fragile devices not excluded from active scans',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Exclude every device marked not safe to scan from active scan targets; cover them passively (SPAN capture, MDS2, device screens).',
    evaluate: (c) => {
      const excluded = answer(c, 'scanning.excluded-devices');
      const fragile = medicalDevices(c).filter(
        (d) => d.data.safeToScan === false && !(Array.isArray(excluded) && excluded.includes(d.id)),
      );
      return fragile.length && answer(c, 'scanning.exclusions-listed') !== true
        ? [
            {
              records: fragile.map((d) => d.id),
              questions: ['scanning.exclusions-listed'],
              detail: `${count(fragile.length, 'device')} must not be actively scanned and ${agree(fragile.length, 'is', 'are')} not excluded from the scan targets.`,
              factors: [],
            },
          ]
        : [];
    },
  },
  {
    id: 'scanning.safety-unknown',
    area: 'scanning',
    title: 'Not known whether medical devices survive an active scan',
    base: { likelihood: 2, impact: 2 },
    owner: 'device-maker',
    remediation:
      'Ask each maker (or check the MDS2 form and service manual) whether the device tolerates network scans; until confirmed, exclude it from active scans and cover it passively (traffic capture, its own screens).',
    evaluate: (c) => {
      const excluded = answer(c, 'scanning.excluded-devices');
      const unknown = medicalDevices(c).filter(
        (d) =>
          d.data.safeToScan === null && isNetworked(d.data) && !(Array.isArray(excluded) && excluded.includes(d.id)),
      );
      return unknown.length
        ? [
            {
              records: unknown.map((d) => d.id),
              questions: [],
              detail: `${unknown.length} networked medical device${unknown.length === 1 ? '' : 's'} (${unknown
                .slice(0, 4)
                .map((d) => assetName(d.data))
                .join(', ')}${unknown.length > 4 ? '…' : ''}) not known to be safe to scan and not excluded.`,
              factors: [],
            },
          ]
        : [];
    },
  },
  {
    id: 'governance.backups',
    area: 'governance',
    title: 'Backups missing, reachable by ransomware, or never tested',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Back up the EMR and file shares daily to an offline or immutable copy off site, and test a restore every quarter.',
    evaluate: (c) => {
      const value = answer(c, 'governance.backups');
      if (value === 'none')
        return fromAnswers(['governance.backups'], 'There are no backups.', [{ label: 'no backups', likelihood: 2 }]);
      if (value === 'online-only')
        return fromAnswers(
          ['governance.backups'],
          'Backups sit on a disk the network can reach, where ransomware deletes them first.',
          [{ label: 'reachable by ransomware', likelihood: 1 }],
        );
      if (value === 'untested') return fromAnswers(['governance.backups'], 'Backups have never been test-restored.');
      return [];
    },
  },
  {
    id: 'governance.risk-analysis',
    area: 'governance',
    title: 'HIPAA security risk analysis missing or out of date',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Complete a HIPAA security risk analysis (45 CFR 164.308(a)(1)(ii)(A)); this assessment can serve as its basis.',
    evaluate: (c) =>
      answerIn(c, 'governance.risk-analysis', 'none', 'old')
        ? fromAnswers(
            ['governance.risk-analysis'],
            answer(c, 'governance.risk-analysis') === 'none'
              ? 'There is no HIPAA risk analysis.'
              : 'The HIPAA risk analysis is more than a year old.',
            answer(c, 'governance.risk-analysis') === 'none' ? [{ label: 'none on file', impact: 1 }] : [],
          )
        : [],
  },
  {
    id: 'governance.no-incident-contacts',
    area: 'governance',
    title: 'No incident contact list',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Write a one-page incident contact list (IT support, vendors, insurer, the parent's security team) and post it where staff can find it offline.",
    evaluate: (c) =>
      answer(c, 'governance.incident-contacts') === false
        ? fromAnswers(['governance.incident-contacts'], 'Staff would not know whom to call in a security incident.')
        : [],
  },
  {
    id: 'governance.prior-incident',
    area: 'governance',
    title: 'Past security incident to follow up',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Review how the incident was closed: reset credentials it touched, check for persistence (new accounts, remote tools), and confirm any breach reporting was done.',
    evaluate: (c) =>
      answer(c, 'profile.prior-incidents') === true
        ? fromAnswers(
            ['profile.prior-incidents', 'profile.incident-details'],
            'The clinic had a security incident in the last three years.',
          )
        : [],
  },
];
