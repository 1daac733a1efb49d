import { describe, expect, it } from 'vitest';
import type { AssessmentFacts } from '../../../../shared/rules/context';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules, rules } from '../../../../shared/rules/engine';
import type { Severity } from '../../../../shared/rules/severity';
import { osSupport } from '../../../../shared/reference/osLifecycle';
import { INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { identityCases } from '../../../support/identityRuleCases';
import { application, asset, facts, flow, link, network, vendorLink } from '../../../support/assessmentFacts';
import type { ActivePack } from '../../../../shared/reference/contentPack';
import { northwindProfile, packWith } from '../../../support/packWith';
import { indicatorData, type IndicatorStatus } from '../../../../shared/model/indicator';

const indicator = (status: IndicatorStatus) => ({
  id: crypto.randomUUID(),
  data: indicatorData.parse({
    assessmentId: crypto.randomUUID(),
    kind: 'outbound',
    description: 'Nightly traffic to an unknown host',
    status,
  }),
});

const run = (f: AssessmentFacts, pack?: ActivePack) => evaluateRules(buildContext(f, osSupport, pack));
const firing = (ruleId: string, f: AssessmentFacts, pack?: ActivePack) =>
  run(f, pack).filter((x) => x.ruleId === ruleId);
const northwind = packWith(northwindProfile);

const clinical = network({ name: 'Clinical', purpose: 'clinical' });
const office = network({ name: 'Office' });
const officePc = asset({ name: 'FRONTDESK', networkId: office.id });
const tunnel = vendorLink({ vendor: 'RadiView', method: 'vpn', reachesNetworkIds: [clinical.id], mfa: false });
const xpPump = asset({
  kind: 'medical-device',
  name: 'PUMP-1',
  osVersion: 'Windows XP Embedded',
  networkId: clinical.id,
  transmitsPatientData: true,
});

/** For every rule: facts on which it fires (with the severity expected) and facts on which it stays quiet. */
const cases: Record<
  string,
  { fires: AssessmentFacts; quiet: AssessmentFacts; severity?: Severity; pack?: ActivePack }
> = {
  'os.unsupported': {
    fires: facts({ assets: [asset({ osVersion: 'Windows 7 Professional SP1' })] }),
    quiet: facts({ assets: [asset({ osVersion: 'Windows 11 Pro 25H2' })] }),
    severity: 'medium',
  },
  'os.extended-only': {
    fires: facts({
      assessmentDate: '2021-06-01',
      assets: [
        asset({ osVersion: 'Windows 7 Professional SP1', esuCoverage: 'enrolled', lastSecurityUpdate: '2021-05-11' }),
      ],
    }),
    quiet: facts({
      assessmentDate: '2021-06-01',
      assets: [asset({ osVersion: 'Windows 7 Professional SP1', esuCoverage: 'unknown' })],
    }),
    severity: 'low',
  },
  'os.esu-unconfirmed': {
    fires: facts({ assets: [asset({ osVersion: 'Windows 10 Pro 22H2', ipAddress: '10.0.0.21' })] }),
    quiet: facts({
      assets: [
        asset({
          osVersion: 'Windows 10 Pro 22H2',
          ipAddress: '10.0.0.21',
          esuCoverage: 'enrolled',
          lastSecurityUpdate: '2026-11-11',
        }),
      ],
    }),
    severity: 'high',
  },
  'os.updates-not-installed': {
    fires: facts({
      assets: [
        asset({ osVersion: 'Windows 11 Pro 25H2', lastSecurityUpdate: '2026-03-10', lastUpdateBuild: '26200.5074' }),
      ],
    }),
    quiet: facts({ assets: [asset({ osVersion: 'Windows 11 Pro 25H2', lastSecurityUpdate: '2026-11-11' })] }),
    severity: 'medium',
  },
  'os.unknown': { fires: facts({ assets: [asset({ osVersion: '' })] }), quiet: facts({ assets: [asset()] }) },
  'endpoints.no-patching': {
    fires: facts({ answers: { 'endpoints.patching': 'none' } }),
    quiet: facts({ answers: { 'endpoints.patching': 'automatic' } }),
    severity: 'high',
  },
  'endpoints.stale-patches': {
    fires: facts({ answers: { 'endpoints.last-patch-days': 200 } }),
    quiet: facts({ answers: { 'endpoints.last-patch-days': 20 } }),
  },
  'endpoints.local-admin': {
    fires: facts({ answers: { 'endpoints.local-admin': true } }),
    quiet: facts({ answers: { 'endpoints.local-admin': false } }),
  },
  'endpoints.shared-accounts': {
    fires: facts({ answers: { 'endpoints.shared-accounts': true } }),
    quiet: facts({ answers: { 'endpoints.shared-accounts': null } }),
  },
  'endpoints.no-disk-encryption': {
    fires: facts({ answers: { 'endpoints.disk-encryption': 'none' } }),
    quiet: facts({ answers: { 'endpoints.disk-encryption': 'all' } }),
    severity: 'high',
  },
  'endpoints.no-edr': {
    fires: facts({ answers: { 'endpoints.edr': 'antivirus' } }),
    quiet: facts({ answers: { 'endpoints.edr': 'edr' } }),
  },
  'endpoints.usb': {
    fires: facts({ answers: { 'endpoints.usb': true } }),
    quiet: facts({ answers: { 'endpoints.usb': false } }),
    severity: 'low',
  },
  'devices.unpatchable-networked': {
    fires: facts({ assets: [asset({ kind: 'medical-device', ipAddress: '10.0.0.5', patchedBy: 'vendor' })] }),
    quiet: facts({ assets: [asset({ kind: 'medical-device', connection: 'none', patchedBy: 'vendor' })] }),
  },
  'devices.default-credentials': {
    fires: facts({ assets: [asset({ kind: 'medical-device', defaultCredentialsChanged: false })] }),
    quiet: facts({
      assets: [asset({ kind: 'medical-device', defaultCredentialsChanged: true })],
      answers: { 'devices.default-credentials': 'all' },
    }),
  },
  'devices.vendor-support-ended': {
    fires: facts({ assets: [asset({ kind: 'medical-device', vendorSupportEnds: '2025-01-31' })] }),
    quiet: facts({ assets: [asset({ kind: 'medical-device', vendorSupportEnds: '2030-01-31' })] }),
  },
  'devices.compensating-controls': {
    fires: facts({
      assets: [
        asset({ kind: 'medical-device', osVersion: 'Windows 7 Embedded Standard', regulatoryBlocksUpgrade: true }),
      ],
    }),
    quiet: facts({
      assets: [
        asset({ kind: 'medical-device', osVersion: 'Windows 7 Embedded Standard', regulatoryBlocksUpgrade: false }),
      ],
    }),
  },
  'devices.not-inventoried': {
    fires: facts({ answers: { 'devices.present': true, 'devices.recorded': false } }),
    quiet: facts({ answers: { 'devices.present': false, 'devices.recorded': false } }),
  },
  'devices.no-mds2': {
    fires: facts({ answers: { 'devices.mds2-on-file': 'none' } }),
    quiet: facts({ answers: { 'devices.mds2-on-file': 'all' } }),
  },
  'devices.shared-wifi': {
    fires: facts({ answers: { 'wireless.devices-separate-ssid': false } }),
    quiet: facts({ answers: { 'wireless.devices-separate-ssid': true } }),
  },
  'network.flat': {
    fires: facts({ networks: [clinical], assets: [xpPump, asset({ networkId: clinical.id })] }),
    quiet: facts({ networks: [clinical, network({ name: 'Office' })], assets: [xpPump, asset({ networkId: null })] }),
    severity: 'critical',
  },
  'network.no-firewall-between': {
    fires: facts({ answers: { 'network.firewall-between': 'no' } }),
    quiet: facts({ answers: { 'network.firewall-between': 'yes' } }),
  },
  'network.parent-reaches-devices': {
    fires: facts({
      networks: [clinical],
      assets: [xpPump],
      answers: { 'network.parent-reachable': 'planned', 'network.firewall-between': 'no' },
    }),
    quiet: facts({
      networks: [clinical],
      assets: [xpPump],
      answers: { 'network.parent-reachable': 'planned', 'network.firewall-between': 'yes' },
    }),
    severity: 'critical',
  },
  'network.medical-internet': {
    fires: facts({ networks: [{ ...clinical, data: { ...clinical.data, internetAccess: true } }], assets: [xpPump] }),
    quiet: facts({ networks: [{ ...clinical, data: { ...clinical.data, internetAccess: false } }], assets: [xpPump] }),
  },
  'network.guest-not-isolated': {
    fires: facts({ answers: { 'network.guest-wifi-isolated': false } }),
    quiet: facts({ answers: { 'network.guest-wifi-isolated': true } }),
  },
  'network.weak-firewall': {
    fires: facts({ answers: { 'network.firewall-managed': 'consumer' } }),
    quiet: facts({ answers: { 'network.firewall-managed': 'supported' } }),
  },
  'network.not-recorded': {
    fires: facts({ answers: { 'network.recorded': false } }),
    quiet: facts({ answers: { 'network.recorded': true } }),
  },
  'vendor.always-on': {
    fires: facts({
      networks: [clinical],
      assets: [xpPump],
      vendorLinks: [vendorLink({ availability: 'always-on', mfa: false, reachesNetworkIds: [clinical.id] })],
    }),
    quiet: facts({ vendorLinks: [vendorLink({ availability: 'on-demand' })] }),
    severity: 'high',
  },
  'vendor.no-mfa': {
    fires: facts({ vendorLinks: [vendorLink({ mfa: false })] }),
    quiet: facts({ vendorLinks: [vendorLink({ mfa: true })] }),
  },
  'vendor.bridges-corporate': {
    fires: facts({ networks: [clinical], vendorLinks: [tunnel], flows: [flow(clinical.id, PARENT_ZONE)] }),
    quiet: facts({
      networks: [clinical],
      vendorLinks: [tunnel],
      flows: [flow(PARENT_ZONE, clinical.id, { method: 'firewall-rule', services: ['https'] })],
    }),
    severity: 'critical',
  },
  'network.clinical-protocol-exposed': {
    fires: facts({
      networks: [clinical, office],
      assets: [xpPump],
      flows: [flow(office.id, clinical.id, { method: 'firewall-rule', services: ['dicom'] })],
    }),
    quiet: facts({
      networks: [clinical, office],
      assets: [xpPump],
      flows: [
        flow(office.id, clinical.id, {
          method: 'firewall-rule',
          services: ['dicom'],
          approvedBy: 'Integration board',
          approvalReason: 'Worklist to the modality',
        }),
      ],
    }),
    severity: 'high',
  },
  'network.internet-exposed-service': {
    fires: facts({
      networks: [office],
      assets: [officePc],
      flows: [flow(INTERNET_ZONE, officePc.id, { method: 'firewall-rule', services: ['tcp/3389'] })],
    }),
    quiet: facts({
      networks: [office],
      assets: [officePc],
      flows: [flow(INTERNET_ZONE, officePc.id, { method: 'firewall-rule', services: ['https'] })],
    }),
    severity: 'critical',
  },
  'devices.remote-control-tool': {
    fires: facts({
      assets: [xpPump],
      vendorLinks: [
        vendorLink({
          method: 'remote-control-tool',
          tool: 'TeamViewer',
          availability: 'always-on',
          reachesAssetIds: [xpPump.id],
        }),
      ],
    }),
    quiet: facts({
      assets: [xpPump, officePc],
      vendorLinks: [vendorLink({ method: 'remote-control-tool', tool: 'TeamViewer', reachesAssetIds: [officePc.id] })],
    }),
    severity: 'critical',
  },
  'devices.physically-exposed': {
    fires: facts({
      assets: [
        asset({
          kind: 'medical-device',
          name: 'HOME-MONITOR',
          connection: 'rf',
          physicalExposure: 'with-patient',
          storesPatientData: true,
        }),
      ],
    }),
    quiet: facts({
      assets: [
        asset({
          kind: 'medical-device',
          name: 'HOME-MONITOR',
          connection: 'rf',
          physicalExposure: 'locked-room',
          storesPatientData: true,
        }),
      ],
    }),
  },
  'scanning.safety-unknown': {
    fires: facts({ assets: [asset({ kind: 'medical-device', ipAddress: '10.0.20.9', safeToScan: null })] }),
    quiet: facts({ assets: [asset({ kind: 'medical-device', ipAddress: '10.0.20.9', safeToScan: true })] }),
  },
  'vendor.modem': {
    fires: facts({ vendorLinks: [vendorLink({ method: 'modem' })] }),
    quiet: facts({ vendorLinks: [vendorLink({ method: 'vpn' })] }),
  },
  'vendor.no-session-logging': {
    fires: facts({ vendorLinks: [vendorLink({ sessionLogging: false })] }),
    quiet: facts({ vendorLinks: [vendorLink({ sessionLogging: true })] }),
  },
  'vendor.shared-account': {
    fires: facts({ vendorLinks: [vendorLink({ sharedAccount: true })] }),
    quiet: facts({ vendorLinks: [vendorLink({ sharedAccount: false })] }),
  },
  'vendor.no-baa': {
    fires: facts({ answers: { 'vendor.baa': 'some' } }),
    quiet: facts({ answers: { 'vendor.baa': 'all' } }),
  },
  'vendor.listening-remote-access': {
    fires: facts({ assets: [asset({ kind: 'medical-device', remoteAccess: 'VNC on 5900/tcp' })] }),
    // An office PC with RDP open is ordinary; the same on a device holding patient data is not.
    quiet: facts({
      assets: [asset({ kind: 'workstation', remoteAccess: 'RDP on 3389/tcp' }), asset({ kind: 'medical-device' })],
    }),
  },
  'connectivity.insufficient': {
    fires: facts({
      links: [link({ downMbps: 18.5, upMbps: 1.2 })],
      answers: { 'profile.staff': 12, 'profile.emr-hosting': 'vendor-cloud' },
    }),
    quiet: facts({ links: [link()], answers: { 'profile.staff': 12, 'profile.emr-hosting': 'vendor-cloud' } }),
    severity: 'high',
  },
  'connectivity.no-backup': {
    fires: facts({
      links: [link()],
      answers: { 'profile.emr-hosting': 'vendor-cloud', 'connectivity.outage-plan': false },
    }),
    quiet: facts({
      links: [link(), link({ isBackup: true })],
      answers: { 'profile.emr-hosting': 'vendor-cloud', 'connectivity.outage-plan': false },
    }),
  },
  'apps.unsupported': {
    fires: facts({ applications: [application({ vendorSupported: false })] }),
    quiet: facts({ applications: [application()] }),
    severity: 'high',
  },
  'apps.admin-access': {
    fires: facts({ answers: { 'apps.admin-holders': 'everyone' } }),
    quiet: facts({ answers: { 'apps.admin-holders': 'named-staff' } }),
  },
  'apps.no-mfa': {
    fires: facts({ answers: { 'apps.mfa': 'no' } }),
    quiet: facts({ answers: { 'apps.mfa': 'yes' } }),
    severity: 'high',
  },
  'apps.no-audit': {
    fires: facts({ answers: { 'apps.audit-log': false } }),
    quiet: facts({ answers: { 'apps.audit-log': true } }),
  },
  'wireless.weak-security': {
    fires: facts({ answers: { 'wireless.wifi-security': 'wep-open' } }),
    quiet: facts({ answers: { 'wireless.wifi-security': 'wpa3-enterprise' } }),
    severity: 'high',
  },
  'wireless.rf-unsecured': {
    fires: facts({ answers: { 'wireless.rf-secured': 'open' } }),
    quiet: facts({ answers: { 'wireless.rf-secured': 'locked' } }),
  },
  'scanning.no-window': {
    fires: facts({ answers: { 'scanning.window-agreed': false } }),
    quiet: facts({ answers: { 'scanning.window-agreed': true } }),
  },
  'scanning.fragile-not-excluded': {
    fires: facts({ assets: [asset({ kind: 'medical-device', safeToScan: false })] }),
    quiet: facts({
      assets: [asset({ kind: 'medical-device', safeToScan: false })],
      answers: { 'scanning.exclusions-listed': true },
    }),
  },
  'governance.backups': {
    fires: facts({ answers: { 'governance.backups': 'none' } }),
    quiet: facts({ answers: { 'governance.backups': 'tested' } }),
    severity: 'critical',
  },
  'governance.risk-analysis': {
    fires: facts({ answers: { 'governance.risk-analysis': 'old' } }),
    quiet: facts({ answers: { 'governance.risk-analysis': 'current' } }),
  },
  'governance.no-incident-contacts': {
    fires: facts({ answers: { 'governance.incident-contacts': false } }),
    quiet: facts({ answers: { 'governance.incident-contacts': true } }),
  },
  'governance.prior-incident': {
    fires: facts({ answers: { 'profile.prior-incidents': true } }),
    quiet: facts({ answers: { 'profile.prior-incidents': false } }),
  },
  'network.address-overlap': {
    fires: facts({ networks: [network({ subnet: '10.20.30.0/24' })] }),
    quiet: facts({ networks: [network({ subnet: '192.168.10.0/24' })] }),
    severity: 'high',
    pack: northwind,
  },
  'network.address-unrecorded': {
    fires: facts({ networks: [network({ subnet: '' })] }),
    quiet: facts({ networks: [network({ subnet: '192.168.10.0/24' })] }),
    severity: 'info',
    pack: northwind,
  },
  'endpoints.agent-not-covered': {
    fires: facts({
      networks: [office],
      assets: [asset({ osVersion: 'Windows 7 Professional SP1', networkId: office.id })],
      answers: { 'network.parent-reachable': 'now' },
    }),
    quiet: facts({
      networks: [office],
      assets: [asset({ osVersion: 'Windows 11 Pro 25H2', networkId: office.id })],
      answers: { 'network.parent-reachable': 'now' },
    }),
    severity: 'high',
    pack: northwind,
  },
  'compromise.indicator': {
    fires: { ...facts(), indicators: [indicator('open')] },
    quiet: { ...facts(), indicators: [indicator('cleared')] },
    severity: 'critical',
  },
  ...identityCases,
};

describe('rules', () => {
  it('has at least 30 rules, each with a unique id and a test case', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(Object.keys(cases).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const c = cases[rule.id];
      it('fires on the facts that call for it', () => {
        const found = firing(rule.id, c?.fires ?? facts(), c?.pack);
        expect(found.length).toBeGreaterThan(0);
        if (c?.severity) expect(found[0]?.severity).toBe(c.severity);
        expect(found[0]?.remediation.length).toBeGreaterThan(40);
      });
      it('stays quiet otherwise', () => {
        expect(firing(rule.id, c?.quiet ?? facts(), c?.pack)).toEqual([]);
      });
    });
  }
});

describe('severity and evidence', () => {
  it('explains a critical unsupported OS on a networked device with patient data reachable from corporate', () => {
    const f = facts({
      networks: [{ ...clinical, data: { ...clinical.data, reachableFromParent: true } }],
      assets: [xpPump],
    });
    const [finding] = firing('os.unsupported', f);
    expect(finding?.severity).toBe('critical');
    expect(finding?.rationale).toBe(
      'unsupported OS × networked × patient data × patient safety × reachable from corporate (likelihood 4 × impact 4)',
    );
    expect(finding?.records).toEqual([xpPump.id]);
    expect(finding?.detail).toMatch(/^PUMP-1 runs Windows XP Embedded: unsupported since/);
  });

  it('counts devices listed as excluded from scans as excluded', () => {
    const fragile = asset({ kind: 'medical-device', safeToScan: false });
    expect(firing('scanning.fragile-not-excluded', facts({ assets: [fragile] }))).toHaveLength(1);
    expect(
      firing(
        'scanning.fragile-not-excluded',
        facts({ assets: [fragile], answers: { 'scanning.excluded-devices': [fragile.id] } }),
      ),
    ).toEqual([]);
  });

  it('gives each finding a stable key and sorts by severity', () => {
    const f = cases['network.flat']?.fires ?? facts();
    const first = run(f);
    expect(run(f).map((x) => x.key)).toEqual(first.map((x) => x.key));
    const ranks = first.map((x) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(x.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
