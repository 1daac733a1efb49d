import { answer, answerIn, assetExposure, assetName, fromAnswers, isNetworked, medicalDevices } from './ruleHelpers';
import type { Rule } from './ruleTypes';

export const deviceRules: Rule[] = [
  {
    id: 'devices.unpatchable-networked',
    area: 'devices',
    title: 'Networked medical device the clinic cannot patch',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Isolate medical devices on their own network segment, with only the flows they need (PACS, EMR interface, vendor support) allowed through the firewall and no route to the parent\'s corporate network. Ask the vendor for its patch and support roadmap in writing; record compensating controls with an owner and a review date.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter((d) => isNetworked(d.data) && (d.data.patchable === false || d.data.patchedBy === 'vendor' || d.data.patchedBy === 'nobody'))
        .map((d) => ({
          records: [d.id],
          questions: [],
          detail: `${assetName(d.data)} is on the network and ${d.data.patchedBy === 'nobody' || d.data.patchable === false ? 'is not patched by anyone' : 'only the vendor may patch it'}.`,
          factors: assetExposure(c, d).filter((f) => f.label !== 'networked'),
        })),
  },
  {
    id: 'devices.default-credentials',
    area: 'devices',
    title: 'Default passwords on medical devices',
    base: { likelihood: 3, impact: 3 },
    remediation: 'Change default and service passwords on every device (with the vendor where needed), store them in the clinic\'s password manager, and record which accounts the vendor keeps.',
    evaluate: (c) => {
      const devices = medicalDevices(c).filter((d) => d.data.defaultCredentialsChanged === false);
      if (devices.length) return [{ records: devices.map((d) => d.id), questions: [], detail: `Default passwords unchanged on ${devices.map((d) => assetName(d.data)).join(', ')}.`, factors: [] }];
      return answerIn(c, 'devices.default-credentials', 'none', 'some') ? fromAnswers(['devices.default-credentials'], 'Default passwords are unchanged on some or all medical devices.') : [];
    },
  },
  {
    id: 'devices.vendor-support-ended',
    area: 'devices',
    title: 'Medical device past the vendor\'s support end',
    base: { likelihood: 2, impact: 2 },
    remediation: 'Plan replacement in the capital budget; until then treat the device as unpatchable: isolate it and restrict its flows.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter((d) => d.data.vendorSupportEnds !== '' && d.data.vendorSupportEnds < c.assessmentDate)
        .map((d) => ({ records: [d.id], questions: [], detail: `${assetName(d.data)}: vendor support ended ${d.data.vendorSupportEnds}.`, factors: assetExposure(c, d) })),
  },
  {
    id: 'devices.compensating-controls',
    area: 'devices',
    title: 'Regulatory clearance blocks the OS upgrade',
    base: { likelihood: 2, impact: 2 },
    remediation: 'Document compensating controls for each device (segmentation, application allow-listing, jump host for vendor access, no internet), each with an owner and a review date; ask the vendor for the cleared upgrade path.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter((d) => d.data.regulatoryBlocksUpgrade === true && c.osSupportOf(d).status !== 'supported')
        .map((d) => ({ records: [d.id], questions: [], detail: `${assetName(d.data)} cannot be upgraded from ${d.data.osVersion || 'its OS'} without losing its clearance.`, factors: [] })),
  },
  {
    id: 'devices.not-inventoried',
    area: 'devices',
    title: 'Medical devices not inventoried',
    base: { likelihood: 2, impact: 2 },
    remediation: 'Record every medical device with vendor, model, OS or firmware, network and who patches it; request MDS2 forms from the vendors.',
    evaluate: (c) => (answer(c, 'devices.present') === true && answer(c, 'devices.recorded') === false ? fromAnswers(['devices.recorded'], 'The clinic has medical devices that are not in the inventory.') : []),
  },
  {
    id: 'devices.no-mds2',
    area: 'devices',
    title: 'No MDS2 forms for medical devices',
    base: { likelihood: 1, impact: 2 },
    remediation: 'Ask each vendor for the MDS2 form of each model and keep them with the inventory.',
    evaluate: (c) => (answerIn(c, 'devices.mds2-on-file', 'none') ? fromAnswers(['devices.mds2-on-file'], 'No MDS2 forms are on file.') : []),
  },
  {
    id: 'devices.shared-wifi',
    area: 'devices',
    title: 'Medical devices share Wi-Fi with staff',
    base: { likelihood: 2, impact: 3 },
    remediation: 'Move wireless medical devices (infusion pumps, monitors) to their own SSID with WPA2/WPA3-Enterprise or unique keys, mapped to an isolated VLAN.',
    evaluate: (c) => {
      const wifi = medicalDevices(c).filter((d) => d.data.connection === 'wifi');
      if (answer(c, 'wireless.devices-separate-ssid') === false) return fromAnswers(['wireless.devices-separate-ssid'], `Wireless medical devices${wifi.length ? ` (${wifi.length})` : ''} use the staff Wi-Fi.`);
      return [];
    },
  },
];
