import { physicalExposurePhrases, type Asset } from '../model/asset';
import {
  answer,
  answerIn,
  assetExposure,
  assetName,
  fromAnswers,
  handlesPatientData,
  hostOf,
  isNetworked,
  medicalDevices,
} from './ruleHelpers';
import type { Hit, Rule, RuleContext, WithId } from './ruleTypes';

/** FD&C Act section 524B applies to cyber devices submitted from 29 March 2023: their makers owe an SBOM. */
const SECTION_524B_FROM = '2023-03-29';

/** What to ask the maker for, device by device. */
function makerAsk(device: Asset): string {
  const sbom =
    device.clearedOn >= SECTION_524B_FROM
      ? ', its MDS2 form and, as the device was cleared under FD&C Act section 524B, its software bill of materials (SBOM)'
      : ' and its MDS2 form';
  return `Ask ${device.vendor || 'the maker'}, in writing, for the ${[device.model, device.deviceType].filter(Boolean).join(' ') || 'device'}'s patch and support roadmap${sbom}.`;
}

const networkedOrAttached = (c: RuleContext, d: WithId<Asset>) =>
  isNetworked(d.data) || (hostOf(c, d) !== undefined && isNetworked(hostOf(c, d)!.data));

export const deviceRules: Rule[] = [
  {
    id: 'devices.unpatchable-networked',
    area: 'devices',
    title: 'Networked medical device the clinic cannot patch',
    base: { likelihood: 2, impact: 2 },
    owner: 'device-maker',
    remediation:
      "Isolate medical devices on their own network segment, with only the flows they need (PACS, EMR interface, vendor support) allowed through the firewall and no route to the parent's corporate network; record compensating controls with an owner and a review date.",
    evaluate: (c) =>
      medicalDevices(c)
        .filter(
          (d) =>
            networkedOrAttached(c, d) &&
            (d.data.patchable === false || d.data.patchedBy === 'vendor' || d.data.patchedBy === 'nobody'),
        )
        .map((d) => ({
          records: [d.id],
          questions: [],
          detail: `${assetName(d.data)} is ${isNetworked(d.data) ? 'on the network' : `attached to ${assetName(hostOf(c, d)!.data)}`} and ${d.data.patchedBy === 'vendor' ? 'only its maker may patch it' : d.data.patchedBy === 'nobody' ? 'nobody patches it' : 'it cannot be patched'}.`,
          factors: assetExposure(c, d).filter((f) => f.label !== 'networked'),
          extraRemediation: makerAsk(d.data),
        })),
  },
  {
    id: 'devices.default-credentials',
    area: 'devices',
    title: 'Default passwords on medical devices',
    base: { likelihood: 3, impact: 3 },
    remediation:
      "Change default and service passwords on every device (with the vendor where needed), store them in the clinic's password manager, and record which accounts the vendor keeps.",
    evaluate: (c) => {
      const devices = medicalDevices(c).filter((d) => d.data.defaultCredentialsChanged === false);
      if (devices.length)
        return [
          {
            records: devices.map((d) => d.id),
            questions: [],
            detail: `Default passwords unchanged on ${devices.map((d) => assetName(d.data)).join(', ')}.`,
            factors: [],
          },
        ];
      return answerIn(c, 'devices.default-credentials', 'none', 'some')
        ? fromAnswers(
            ['devices.default-credentials'],
            'Default passwords are unchanged on some or all medical devices.',
          )
        : [];
    },
  },
  {
    id: 'devices.vendor-support-ended',
    area: 'devices',
    title: "Medical device past the vendor's support end",
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Plan replacement in the capital budget; until then treat the device as unpatchable: isolate it and restrict its flows.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter((d) => d.data.vendorSupportEnds !== '' && d.data.vendorSupportEnds < c.assessmentDate)
        .map((d) => ({
          records: [d.id],
          questions: [],
          detail: `${assetName(d.data)}: vendor support ended ${d.data.vendorSupportEnds}.`,
          factors: assetExposure(c, d),
        })),
  },
  {
    id: 'devices.compensating-controls',
    area: 'devices',
    title: 'The maker has not validated or released the upgrade the device needs',
    base: { likelihood: 2, impact: 2 },
    owner: 'device-maker',
    remediation:
      'The FDA does not need to clear a security patch: what blocks it is that the maker has not validated or released one. Ask the maker in writing for its validated patch or upgrade and the date; meanwhile document compensating controls for the device (segmentation, application allow-listing, a jump host for vendor access, no internet), each with an owner and a review date.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter((d) => d.data.regulatoryBlocksUpgrade === true && c.osSupportOf(d).status !== 'supported')
        .map((d) => ({
          records: [d.id],
          questions: [],
          detail: `${assetName(d.data)} stays on ${d.data.osVersion || 'its OS'}: its maker has not validated or released an upgrade or patch.`,
          factors: [],
          extraRemediation: makerAsk(d.data),
        })),
  },
  {
    id: 'devices.not-inventoried',
    area: 'devices',
    title: 'Medical devices not inventoried',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Record every medical device with vendor, model, OS or firmware, network and who patches it; request MDS2 forms from the vendors.',
    evaluate: (c) =>
      answer(c, 'devices.present') === true && answer(c, 'devices.recorded') === false
        ? fromAnswers(['devices.recorded'], 'The clinic has medical devices that are not in the inventory.')
        : [],
  },
  {
    id: 'devices.no-mds2',
    area: 'devices',
    title: 'No MDS2 forms for medical devices',
    base: { likelihood: 1, impact: 2 },
    remediation: 'Ask each vendor for the MDS2 form of each model and keep them with the inventory.',
    evaluate: (c) =>
      answerIn(c, 'devices.mds2-on-file', 'none')
        ? fromAnswers(['devices.mds2-on-file'], 'No MDS2 forms are on file.')
        : [],
  },
  {
    id: 'devices.shared-wifi',
    area: 'devices',
    title: 'Medical devices share Wi-Fi with staff',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Move wireless medical devices (infusion pumps, monitors) to their own SSID with WPA2/WPA3-Enterprise or unique keys, mapped to an isolated VLAN.',
    evaluate: (c) => {
      const wifi = medicalDevices(c).filter((d) => d.data.connection === 'wifi');
      if (answer(c, 'wireless.devices-separate-ssid') === false)
        return fromAnswers(
          ['wireless.devices-separate-ssid'],
          `Wireless medical devices${wifi.length ? ` (${wifi.length})` : ''} use the staff Wi-Fi.`,
        );
      return [];
    },
  },
  {
    id: 'devices.remote-control-tool',
    area: 'devices',
    title: 'Remote-control tool installed on a medical device',
    base: { likelihood: 3, impact: 3 },
    owner: 'vendor',
    remediation:
      "Uninstall the tool from the device, or set it to start only when the clinic opens a session; move the vendor to the parent's remote-access gateway with named accounts, MFA and session recording, reaching only this device.",
    evaluate: (c) =>
      c.vendorLinks
        .filter((v) => v.data.method === 'remote-control-tool' || v.data.method === 'cloud')
        .flatMap((v): Hit[] =>
          v.data.reachesAssetIds.flatMap((id) => {
            const device = c.assetById.get(id);
            if (!device || device.data.kind !== 'medical-device') return [];
            const factors = [
              ...(v.data.availability === 'always-on'
                ? [{ label: 'always on', likelihood: 1 }]
                : v.data.availability === 'unknown'
                  ? [{ label: 'availability not known', likelihood: 1 }]
                  : []),
              ...(v.data.mfa !== true
                ? [{ label: v.data.mfa === false ? 'no MFA' : 'MFA not confirmed', likelihood: 1 }]
                : []),
            ];
            return [
              {
                records: [device.id, v.id],
                questions: [],
                detail: `${v.data.tool.trim() || 'A remote-control tool'} of ${v.data.vendor.trim() || 'a vendor'} is installed on ${assetName(device.data)}.`,
                factors,
              },
            ];
          }),
        ),
  },
  {
    id: 'devices.physically-exposed',
    area: 'devices',
    title: 'Medical device holding patient data is physically exposed',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Keep the device in a locked room or under staff watch; for devices that go home with patients, confirm with the maker that stored data is encrypted and that the device cannot be re-paired or reprogrammed without clinic credentials, and keep a log of who has which device.',
    evaluate: (c) =>
      medicalDevices(c)
        .filter(
          (d) =>
            ['public-area', 'unlocked-room', 'with-patient'].includes(d.data.physicalExposure) &&
            (handlesPatientData(d.data) || d.data.connection === 'rf' || d.data.connection === 'bluetooth'),
        )
        .map((d) => ({
          records: [d.id],
          questions: [],
          detail: `${assetName(d.data)} is ${physicalExposurePhrases[d.data.physicalExposure]}.`,
          factors: [
            ...(handlesPatientData(d.data) ? [{ label: 'patient data', impact: 1 }] : []),
            ...(d.data.physicalExposure === 'public-area' ? [{ label: 'anyone can reach it', likelihood: 1 }] : []),
          ],
        })),
  },
];
