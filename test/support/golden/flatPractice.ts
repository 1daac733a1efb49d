/**
 * Golden clinic 1: a small family practice on one flat network where everything is old.
 * A consumer router bridges the guest Wi-Fi onto the office LAN, the EMR runs on a
 * Windows Server 2008 R2 box published to the internet for RDP, the ECG cart runs
 * Windows XP with its maker's TeamViewer always on, and a spirometer hangs off an exam PC.
 */
import { INTERNET_ZONE } from '../../../shared/model/flow';
import { application, asset, facts, flow, link, network, vendorLink } from '../assessmentFacts';
import type { GoldenClinic } from './goldenClinic';

export function flatPractice(): GoldenClinic {
  const lan = network({ name: 'Office LAN', subnet: '192.168.0.0/24', purpose: 'corporate', internetAccess: true, firewalled: false });
  const guest = network({ name: 'Guest Wi-Fi', subnet: '192.168.0.0/24', purpose: 'guest', internetAccess: true, firewalled: false });
  const emr = application({ name: 'PracticeChart EMR', version: '9.1', hosting: 'on-premises', storesPatientData: true });
  const server = asset({ name: 'EMR-SRV', kind: 'server', osVersion: 'Windows Server 2008 R2 Standard SP1', networkId: lan.id, ipAddress: '192.168.0.5', hostsApplicationIds: [emr.id], storesPatientData: true, criticality: 'high' });
  const exam = asset({ name: 'EXAM-PC-2', osVersion: 'Windows 7 Professional SP1', networkId: lan.id, ipAddress: '192.168.0.32', storesPatientData: true });
  const front = asset({ name: 'FRONTDESK', osVersion: 'Windows 10 Pro 22H2', networkId: lan.id, ipAddress: '192.168.0.21', esuCoverage: 'not-enrolled', storesPatientData: true });
  const ecg = asset({ name: 'ECG-CART', kind: 'medical-device', deviceType: 'ECG cart', vendor: 'CardioLine', model: 'CL-12', osVersion: 'Windows XP Professional SP3', networkId: lan.id, ipAddress: '192.168.0.40', patchedBy: 'vendor', storesPatientData: true, safeToScan: null });
  const spirometer = asset({ name: 'SPIRO-1', kind: 'medical-device', deviceType: 'Spirometer', vendor: 'BreathWorks', osFamily: 'embedded', osVersion: '', connection: 'none', attachedToAssetId: exam.id, attachedVia: 'usb', patchedBy: 'vendor', storesPatientData: true, safeToScan: true });
  const ecgSupport = vendorLink({ vendor: 'CardioLine', method: 'remote-control-tool', tool: 'TeamViewer 11', availability: 'always-on', mfa: false, sharedAccount: true, reachesAssetIds: [ecg.id], farSide: 'vendor-cloud' });
  const rdp = flow(INTERNET_ZONE, server.id, { method: 'firewall-rule', services: ['tcp/3389'], knownBy: 'tested', notes: 'Port forward on the router so the doctor can work from home.' });
  const bridge = flow(guest.id, lan.id, { method: 'physical-bridge', knownBy: 'tested' });
  return {
    name: 'Maple Street Family Practice',
    facts: facts({
      networks: [lan, guest],
      assets: [server, exam, front, ecg, spirometer],
      applications: [emr],
      vendorLinks: [ecgSupport],
      flows: [rdp, bridge],
      links: [link({ type: 'dsl', downMbps: 40, upMbps: 10 })],
      answers: { 'profile.staff': 6, 'profile.emr-hosting': 'on-premises', 'connectivity.telehealth': false, 'connectivity.vpn-to-parent': 'no', 'network.parent-reachable': 'no', 'connectivity.outage-plan': false },
    }),
    mustRaise: [
      { rule: 'network.internet-exposed-service', record: server.id, severity: 'critical', path: /Internet → EMR-SRV \(firewall rule, tcp\/3389/ },
      { rule: 'os.unsupported', record: server.id, severity: 'critical' },
      { rule: 'os.unsupported', record: ecg.id, severity: 'critical' },
      { rule: 'os.unsupported', record: front.id, severity: 'high' },
      { rule: 'os.unsupported', record: exam.id, severity: 'high' },
      { rule: 'devices.remote-control-tool', record: ecg.id, severity: 'critical' },
      { rule: 'network.flat', record: lan.id, severity: 'critical' },
      { rule: 'network.guest-not-isolated', record: guest.id, severity: 'high', path: /Guest Wi-Fi → Office LAN \(bridged\)/ },
      { rule: 'devices.unpatchable-networked', record: spirometer.id, severity: 'high' },
      { rule: 'devices.unpatchable-networked', record: ecg.id, severity: 'critical' },
      { rule: 'scanning.safety-unknown', record: ecg.id, severity: 'medium' },
      { rule: 'vendor.shared-account', record: ecgSupport.id, severity: 'high' },
      { rule: 'network.no-firewall-between', record: lan.id, severity: 'high' },
    ],
    mustNotRaise: [
      { rule: 'connectivity.no-backup', why: 'nothing the clinic runs depends on the internet' },
      { rule: 'vendor.bridges-corporate', why: 'nothing joins the clinic to the parent' },
      { rule: 'network.parent-reaches-devices', why: 'nothing joins the clinic to the parent' },
      { rule: 'os.esu-unconfirmed', why: 'the front desk is recorded as not enrolled: it is unsupported, not unconfirmed' },
      { rule: 'vendor.no-mfa', why: 'a shared account without MFA is one finding, not two' },
      { rule: 'network.clinical-protocol-exposed', why: 'no clinical protocol flow is recorded' },
    ],
  };
}
