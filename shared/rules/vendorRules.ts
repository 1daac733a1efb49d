import { PARENT_ZONE } from '../model/flow';
import {
  answer,
  answerIn,
  assetExposure,
  assetName,
  fromAnswers,
  handlesPatientData,
  medicalDevices,
} from './ruleHelpers';
import type { Factor, Rule, RuleContext, WithId } from './ruleTypes';
import { inSentence } from '../model/labels';
import { accessMethodLabels, type VendorAccess } from '../model/vendorAccess';

function describe(link: VendorAccess): string {
  return `${link.vendor || 'A vendor'} (${inSentence(accessMethodLabels[link.method])}${link.tool ? `, ${link.tool}` : ''})`;
}

/** How far the link reaches, from the topology: the parent's network, medical devices, most of the clinic. */
function reachFactors(c: RuleContext, link: WithId<VendorAccess>): Factor[] {
  const factors: Factor[] = [];
  const reach = c.topology.reach;
  if (reach.path(link.id, PARENT_ZONE)) factors.push({ label: 'reaches corporate', impact: 2 });
  else if (medicalDevices(c).some((d) => reach.path(link.id, d.id)))
    factors.push({ label: 'reaches medical devices', impact: 1 });
  else {
    const computers = c.assets.filter((a) => a.data.kind === 'workstation' || a.data.kind === 'server');
    if (computers.length >= 3 && computers.every((a) => reach.path(link.id, a.id)))
      factors.push({ label: 'reaches every PC', impact: 1 });
  }
  return factors;
}

const perLink = (
  c: RuleContext,
  test: (l: VendorAccess) => boolean,
  detail: (l: VendorAccess) => string,
  factors: (l: WithId<VendorAccess>) => Factor[] = () => [],
) =>
  c.vendorLinks
    .filter((l) => test(l.data))
    .map((l) => ({ records: [l.id], questions: [], detail: detail(l.data), factors: factors(l) }));

export const vendorRules: Rule[] = [
  {
    id: 'vendor.always-on',
    area: 'vendor',
    title: 'Always-on vendor remote access',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Make vendor access on-demand: the clinic enables it per session (or the vendor requests it through the parent's remote-access gateway), confined to the vendor's own devices on the medical-device network, with MFA and session recording, and no route into the rest of the clinic or the parent's corporate network.",
    evaluate: (c) =>
      perLink(
        c,
        (l) => l.availability === 'always-on',
        (l) => `${describe(l)} is connected at all times.`,
        (l) => [...reachFactors(c, l), ...(l.data.mfa !== true ? [{ label: 'no MFA', likelihood: 1 }] : [])],
      ),
  },
  {
    id: 'vendor.no-mfa',
    area: 'vendor',
    title: 'Vendor access without multi-factor authentication',
    base: { likelihood: 3, impact: 2 },
    remediation:
      "Require MFA for every vendor account, or put the vendor behind the parent's remote-access gateway that enforces it.",
    // A shared account without MFA is one finding (vendor.shared-account), rated for both.
    evaluate: (c) =>
      perLink(
        c,
        (l) => l.mfa === false && l.sharedAccount !== true,
        (l) => `${describe(l)} needs only a password.`,
        (l) => reachFactors(c, l),
      ),
  },
  {
    id: 'vendor.modem',
    area: 'vendor',
    title: 'Dial-up or cellular modem bypasses the firewall',
    base: { likelihood: 2, impact: 3 },
    remediation:
      'Disconnect the modem; move the vendor to the managed remote-access path. If it must stay, keep it powered off until a session is booked.',
    evaluate: (c) =>
      perLink(
        c,
        (l) => l.method === 'modem',
        (l) => `${describe(l)} gives a path into the clinic that no firewall sees.`,
      ),
  },
  {
    id: 'vendor.no-session-logging',
    area: 'vendor',
    title: 'Vendor sessions are not logged',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Log every vendor session (who, when, which device) and review the log monthly; prefer a gateway that records sessions.',
    evaluate: (c) => {
      const hits = perLink(
        c,
        (l) => l.sessionLogging === false,
        (l) => `${describe(l)} leaves no record of sessions.`,
      );
      if (hits.length) return hits;
      return answerIn(c, 'vendor.session-logging', 'none')
        ? fromAnswers(['vendor.session-logging'], 'Vendor sessions are not logged.')
        : [];
    },
  },
  {
    id: 'vendor.shared-account',
    area: 'vendor',
    title: 'Vendors use shared accounts',
    base: { likelihood: 2, impact: 2 },
    remediation: 'Ask each vendor for named accounts per engineer; disable generic accounts.',
    evaluate: (c) => {
      const hits = perLink(
        c,
        (l) => l.sharedAccount === true,
        (l) => `${describe(l)} uses a shared account${l.mfa === false ? ' protected by a password alone' : ''}.`,
        (l) => (l.data.mfa === false ? [{ label: 'no MFA', likelihood: 1, impact: 1 }, ...reachFactors(c, l)] : []),
      );
      if (hits.length) return hits;
      return answer(c, 'vendor.shared-accounts') === true
        ? fromAnswers(['vendor.shared-accounts'], 'Vendors use shared or generic accounts.')
        : [];
    },
  },
  {
    id: 'vendor.no-baa',
    area: 'vendor',
    title: 'No business associate agreement with a vendor that can reach PHI',
    base: { likelihood: 2, impact: 2 },
    remediation:
      "Sign a BAA with every vendor that can access PHI (HIPAA 164.308(b)); the parent's legal team has a template.",
    evaluate: (c) => {
      const hits = perLink(
        c,
        (l) => l.baaOnFile === false,
        (l) => `No BAA on file for ${describe(l)}.`,
      );
      if (hits.length) return hits;
      return answerIn(c, 'vendor.baa', 'none', 'some')
        ? fromAnswers(['vendor.baa'], 'BAAs are missing for some or all vendors.')
        : [];
    },
  },
  {
    id: 'vendor.listening-remote-access',
    area: 'vendor',
    title: 'Remote-control service open on a clinical device',
    base: { likelihood: 2, impact: 2 },
    remediation:
      'Find out who uses the service. If a vendor does, record the link under Vendor access and move it behind the on-demand, MFA-protected gateway; if nobody does, disable the service, and block its port at the host and network firewalls.',
    evaluate: (c) =>
      c.assets
        .filter(
          (a) =>
            a.data.remoteAccess.trim() &&
            (a.data.kind === 'medical-device' || handlesPatientData(a.data) || a.data.kind === 'server'),
        )
        .map((a) => ({
          records: [a.id],
          questions: [],
          detail: `${assetName(a.data)} listens for ${a.data.remoteAccess.trim()}.`,
          factors: assetExposure(c, a),
        })),
  },
];
