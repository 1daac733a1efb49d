import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../../shared/rules/context';
import { evaluateRules } from '../../../../shared/rules/engine';
import { KEV_RULE_ID } from '../../../../shared/rules/kevRules';
import { productNames } from '../../../../shared/rules/kevMatch';
import { osResolverFor, rulesFor } from '../../../../shared/rules/packRules';
import type { AssessmentFacts } from '../../../../shared/rules/context';
import type { ActivePack } from '../../../../shared/reference/contentPack';
import { asset, facts, network } from '../../../support/assessmentFacts';
import { kevFixture, testPack } from '../../../support/testPack';

const withKev = testPack({ kev: kevFixture });
const kevFindings = (f: AssessmentFacts, pack: ActivePack = withKev) =>
  evaluateRules(buildContext(f, osResolverFor(pack), pack), rulesFor(pack)).filter((x) => x.ruleId === KEV_RULE_ID);

const lan = network({ name: 'Office LAN' });
const sonicwall = asset({
  kind: 'network-device',
  name: 'FW-1',
  vendor: 'SonicWall',
  model: 'TZ370',
  deviceType: 'Firewall',
  osVersion: 'SonicOS 7.0.1',
  firmware: '7.0.1-5035',
  networkId: lan.id,
});

describe('known exploited vulnerabilities from the pack', () => {
  it('flags a SonicWall firewall for the SonicOS entries, critical as ransomware uses them on an edge device', () => {
    const [finding, ...rest] = kevFindings(facts({ networks: [lan], assets: [sonicwall] }));
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('critical');
    expect(finding?.records).toEqual([sonicwall.id]);
    expect(finding?.detail).toContain('CVE-2024-40766');
    expect(finding?.detail).not.toContain('CVE-2021-20016'); // SMA100 is another product
    expect(finding?.detail).toContain('version 2026.11.27');
    expect(finding?.rationale).toContain('used in ransomware campaigns');
    expect(finding?.remediation).toContain("CISA's required action");
  });

  it('does not match the broad "Microsoft Windows" entries against a Windows 10 PC or a Windows server', () => {
    const pc = asset({ kind: 'workstation', vendor: 'Microsoft', osVersion: 'Microsoft Windows 10 Pro 22H2' });
    const server = asset({ kind: 'server', vendor: 'Microsoft', model: 'Hyper-V', osVersion: 'Windows Server 2019' });
    expect(kevFindings(facts({ assets: [pc, server] }))).toEqual([]);
    expect(productNames('Windows')).toEqual([]);
  });

  it('matches a FortiGate on FortiOS and rates it high when no entry is known for ransomware', () => {
    const fortigate = asset({
      kind: 'network-device',
      name: 'Core switch',
      vendor: 'Fortinet, Inc.',
      model: 'FortiGate 60F',
      osVersion: 'FortiOS 7.2.4',
    });
    const [finding] = kevFindings(facts({ assets: [fortigate] }));
    expect(finding?.severity).toBe('high');
    expect(finding?.detail).toContain('CVE-2024-21762');
    expect(finding?.detail).not.toContain('CVE-2022-40684'); // "Multiple Products" names no product
  });

  it('reads the product names an entry lists, with abbreviations, and leaves out generic words', () => {
    expect(productNames('Connect Secure and Policy Secure')).toEqual(['connect secure', 'policy secure']);
    expect(productNames('Application Delivery Controller (ADC), Gateway, and SD-WAN WANOP')).toEqual([
      'application delivery controller',
      'sd wan wanop',
      'adc',
    ]);
  });

  it('needs the vendor to match as well as the product', () => {
    const other = asset({ ...sonicwall.data, vendor: 'Netgear' });
    expect(kevFindings(facts({ assets: [other] }))).toEqual([]);
  });

  it('runs no KEV check without the catalogue', () => {
    expect(kevFindings(facts({ networks: [lan], assets: [sonicwall] }), testPack())).toEqual([]);
  });
});
