/**
 * Golden clinic 2: a segmented imaging centre. Its VLANs are filtered, but the modality
 * maker's always-on site-to-site VPN lands on the imaging VLAN, and that VLAN is routed
 * to the parent's corporate network over the link the seller set up. Radiologists' PCs
 * pull DICOM straight from the modalities through an unrestricted rule.
 */
import { INTERNET_ZONE, PARENT_ZONE } from '../../../shared/model/flow';
import { application, asset, facts, flow, link, network, vendorLink } from '../assessmentFacts';
import type { GoldenClinic } from './goldenClinic';

export function imagingCentre(): GoldenClinic {
  const imaging = network({ name: 'Imaging VLAN', vlan: 30, subnet: '10.20.30.0/24', purpose: 'clinical', internetAccess: false, firewalled: true });
  const office = network({ name: 'Office VLAN', vlan: 10, subnet: '10.20.10.0/24', purpose: 'corporate', internetAccess: true, firewalled: true });
  const servers = network({ name: 'Server VLAN', vlan: 20, subnet: '10.20.20.0/24', purpose: 'corporate', internetAccess: false, firewalled: true });
  const guest = network({ name: 'Guest Wi-Fi', vlan: 90, subnet: '172.16.90.0/24', purpose: 'guest', internetAccess: true, firewalled: true });
  const pacsApp = application({ name: 'ClearView PACS', category: 'pacs', hosting: 'on-premises', storesPatientData: true });
  const pacs = asset({ name: 'PACS-01', kind: 'server', osVersion: 'Windows Server 2019 Standard', networkId: servers.id, ipAddress: '10.20.20.10', hostsApplicationIds: [pacsApp.id], storesPatientData: true, lastSecurityUpdate: '2026-11-11' });
  const ct = asset({ name: 'CT-CONSOLE', kind: 'medical-device', deviceType: 'CT scanner console', vendor: 'MedScan', osVersion: 'Windows 10 IoT Enterprise LTSC 2021', networkId: imaging.id, ipAddress: '10.20.30.11', patchedBy: 'vendor', storesPatientData: true, safeToScan: false, clearedOn: '2023-08-01' });
  const mri = asset({ name: 'MRI-CONSOLE', kind: 'medical-device', deviceType: 'MRI console', vendor: 'MedScan', osVersion: 'Windows 7 Embedded Standard SP1', networkId: imaging.id, ipAddress: '10.20.30.12', patchedBy: 'vendor', regulatoryBlocksUpgrade: true, storesPatientData: true, safeToScan: false });
  const reading = asset({ name: 'READING-1', osVersion: 'Windows 11 Enterprise 25H2', networkId: office.id, ipAddress: '10.20.10.31', storesPatientData: true, lastSecurityUpdate: '2026-11-11' });
  const medscan = vendorLink({ vendor: 'MedScan Service', method: 'vpn', tool: 'Site-to-site IPsec', availability: 'always-on', mfa: true, reachesNetworkIds: [imaging.id], farSide: 'vendor-network' });
  return {
    name: 'Harbourview Imaging',
    facts: facts({
      networks: [imaging, office, servers, guest],
      assets: [pacs, ct, mri, reading],
      applications: [pacsApp],
      vendorLinks: [medscan],
      flows: [
        flow(imaging.id, PARENT_ZONE, { method: 'routed', knownBy: 'tested', notes: 'MPLS link the seller set up; traceroute from the CT console reaches 10.1.0.1.' }),
        flow(PARENT_ZONE, imaging.id, { method: 'routed', knownBy: 'tested' }),
        flow(office.id, imaging.id, { method: 'firewall-rule', services: ['dicom'], knownBy: 'observed' }),
        flow(ct.id, pacs.id, { method: 'firewall-rule', services: ['dicom'], knownBy: 'observed' }),
        flow(guest.id, INTERNET_ZONE, { method: 'routed', knownBy: 'tested' }),
        flow(office.id, INTERNET_ZONE, { method: 'routed', knownBy: 'stated' }),
      ],
      links: [link({ type: 'fiber', downMbps: 500, upMbps: 500 }), link({ type: 'cellular', downMbps: 50, upMbps: 20, isBackup: true })],
      answers: { 'profile.staff': 18, 'profile.emr-hosting': 'vendor-cloud', 'connectivity.vpn-to-parent': 'yes', 'connectivity.outage-plan': true, 'network.firewall-between': 'yes' },
    }),
    mustRaise: [
      { rule: 'vendor.bridges-corporate', record: medscan.id, severity: 'critical', path: /^MedScan Service VPN → Imaging VLAN \(vendor tunnel\) → Parent corporate network \(routed\)$/ },
      { rule: 'network.parent-reaches-devices', record: imaging.id, severity: 'critical', path: /Parent corporate network → Imaging VLAN \(routed\)/ },
      { rule: 'network.clinical-protocol-exposed', record: imaging.id, severity: 'high', path: /Office VLAN → Imaging VLAN \(firewall rule, DICOM\)/ },
      { rule: 'vendor.always-on', record: medscan.id, severity: 'high' },
      { rule: 'os.unsupported', record: mri.id, severity: 'critical' },
      { rule: 'devices.compensating-controls', record: mri.id, severity: 'medium' },
      { rule: 'devices.unpatchable-networked', record: ct.id, severity: 'critical' },
    ],
    mustNotRaise: [
      { rule: 'network.flat', why: 'devices sit on their own filtered VLAN' },
      { rule: 'network.guest-not-isolated', why: 'the guest Wi-Fi reaches only the internet' },
      { rule: 'os.unsupported', record: ct.id, why: 'Windows 10 IoT Enterprise LTSC 2021 is supported until 2032' },
      { rule: 'network.internet-exposed-service', why: 'nothing is published to the internet' },
      { rule: 'connectivity.no-backup', why: 'a cellular backup link is in place' },
      { rule: 'vendor.no-mfa', why: 'the vendor uses MFA' },
      { rule: 'network.medical-internet', why: 'the imaging VLAN has no internet access' },
    ],
  };
}
