import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildBundleContent, parseBundleContent, type BundleRecords } from '../../../../shared/bundle/bundleContent';
import { mergeRecordSets } from '../../../../shared/merge/mergeRecordSets';
import { openBundle, parseBundle } from '../../../../shared/bundle/readBundle';
import { redactRecords } from '../../../../shared/bundle/redaction';
import { sealBundle } from '../../../../shared/bundle/writeBundle';
import { compareAssessments } from '../../../../shared/compare/compareAssessments';
import { fromUtf8, utf8 } from '../../../../shared/crypto/bytes';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { derivedId } from '../../../../shared/model/derivedId';
import { emptyFlow, INTERNET_ZONE, PARENT_ZONE } from '../../../../shared/model/flow';
import { legacyFlowsOf } from '../../../../shared/model/legacyFlows';
import { createVersioned } from '../../../../shared/model/versionedRecord';
import { assessmentRecordsFrom } from '../../../../shared/report/assessmentsInFile';
import { sampleRecords } from '../../../../shared/sample/sampleRecords';
import { cheapKdf } from '../../../support/bundleTestKit';
import {
  format11Content,
  FORMAT_11_FIXTURE,
  FORMAT_11_PASSPHRASE,
  legacyClinic,
  nextVisit,
} from '../../../support/format11';

const key = (passphrase: string) => ({ type: 'passphrase' as const, passphrase, derive: deriveKeyBytes });
const seal = (content: unknown) =>
  sealBundle(utf8(JSON.stringify(content)), {
    recipients: [{ type: 'passphrase', passphrase: 'pass', derive: deriveKeyBytes, kdf: cheapKdf() }],
  });
const open = async (bytes: Uint8Array, passphrase = 'pass') =>
  parseBundleContent(fromUtf8((await openBundle(bytes, { key: key(passphrase) })).payload));

/** The real file the version before flows wrote (see test/fixtures/bundles/README.md). */
let fixture: Promise<BundleRecords> | undefined;
const fixtureRecords = () =>
  (fixture ??= readFile(FORMAT_11_FIXTURE).then(
    async (bytes) => (await open(new Uint8Array(bytes), FORMAT_11_PASSPHRASE)).records,
  ));
const byName = <T extends { data: { name: string } }>(list: T[], name: string) =>
  list.find((r) => r.data.name === name);

describe('assessment files written before flows (format 1.1)', () => {
  it('content without a flow list reads with no flows, newer fields at their defaults and older network fields kept', async () => {
    const { records, lan, wifi } = legacyClinic('old-laptop');
    const content = await open(await seal(format11Content(records, 'old-laptop')));
    expect(content.records.flow).toEqual([]);
    expect(content.records.asset[0]?.data).toMatchObject({
      hostsApplicationIds: [],
      attachedToAssetId: null,
      physicalExposure: 'unknown',
      esuCoverage: 'unknown',
      lastSecurityUpdate: '',
    });
    expect(content.records.vendorAccess[0]?.data).toMatchObject({ reachesAssetIds: [], farSide: 'unknown' });
    expect(content.records.network.find((n) => n.id === lan)?.data).toMatchObject({
      connectsTo: [wifi],
      reachableFromParent: true,
    });
    // Only the kinds a later version added may be missing.
    const { network: _dropped, ...withoutNetworks } = format11Content(records, 'old-laptop').records;
    expect(() =>
      parseBundleContent(
        JSON.stringify({ manifest: format11Content(records, 'old-laptop').manifest, records: withoutNetworks }),
      ),
    ).toThrow('The network of the assessment file is missing.');
  });

  it('the real 1.1 file opens: its header says 1.1, its networks state what flows did later', async () => {
    const bytes = new Uint8Array(await readFile(FORMAT_11_FIXTURE));
    expect(parseBundle(bytes).version).toEqual({ major: 1, minor: 1 });
    const records = await fixtureRecords();
    expect(records.flow).toEqual([]);
    expect(
      records.asset.every((a) => a.data.hostsApplicationIds.length === 0 && a.data.esuCoverage === 'unknown'),
    ).toBe(true);
    const [lan, wifi] = [byName(records.network, 'Clinic LAN'), byName(records.network, 'Staff Wi-Fi')];
    expect(lan?.data).toMatchObject({ connectsTo: [wifi?.id], reachableFromParent: true });
    const flows = (await Promise.all(records.network.map((n) => legacyFlowsOf(n)))).flat();
    const ends = [
      [lan?.id, wifi?.id],
      [PARENT_ZONE, lan?.id],
      [wifi?.id, lan?.id],
      [PARENT_ZONE, wifi?.id],
    ].map(([from, to]) => [String(from), String(to)] as const);
    expect(flows.map((f) => [f.data.from, f.data.to])).toEqual(ends);
    expect(flows.map((f) => f.id)).toEqual(
      await Promise.all(ends.map(([from, to]) => derivedId('legacy-flow', from, to))),
    );
  });

  it('merges with files of today, as the command line does, in either order', async () => {
    const old = await fixtureRecords();
    const today = await sampleRecords('today-laptop', '2026-12-01');
    const merged = mergeRecordSets([{ records: old }, { records: today }]);
    expect(merged.conflicts).toBe(0);
    expect(merged.records.clinic).toHaveLength(2);
    expect(merged.records.flow).toEqual([...today.flow].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(mergeRecordSets([{ records: today }, { records: old }])).toEqual(merged);
    const written = await open(await seal(buildBundleContent(merged.records, { kind: 'all' }, 'cli-merge', '')));
    expect(written.records).toEqual(merged.records);
    expect(written.manifest.counts.flow).toBe(today.flow.length);
  });

  it('compares with the next visit recorded with flows: the older fields count as the same flows', async () => {
    const old = await fixtureRecords();
    const priorId = old.assessment[0]?.id ?? '';
    const next = await nextVisit(old, priorId, '2027-03-01');
    const prior = assessmentRecordsFrom(old, priorId);
    const current = assessmentRecordsFrom(next, next.assessment[0]?.id ?? '');
    if (!prior || !current) throw new Error('both visits are in the files');
    expect(current.flows).toHaveLength(4);
    expect(current.networks.every((n) => n.data.connectsTo.length === 0 && n.data.reachableFromParent !== true)).toBe(
      true,
    );

    const same = compareAssessments(prior, current, '2027-03-02');
    expect(same.flows).toEqual({ added: [], removed: [], changed: [], unchanged: 4 });
    expect(same.networks).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
    expect([same.findings.new, same.findings.resolved]).toEqual([[], []]);
    expect(same.summary).toEqual([
      expect.stringMatching(/^Compared with/),
      `Findings: 0 new, 0 resolved, ${same.findings.persisting.length} still present.`,
    ]);

    const id = (name: string) => byName(current.networks, name)?.id ?? '';
    const [lan, wifi, guest] = [id('Clinic LAN'), id('Staff Wi-Fi'), id('Guest Wi-Fi')];
    const flows = current.flows.map((f) =>
      f.data.from === lan && f.data.to === wifi
        ? { ...f, data: { ...f.data, method: 'firewall-rule' as const, services: ['dicom'] } }
        : f,
    );
    const changed = compareAssessments(
      prior,
      {
        ...current,
        flows: [...flows, { id: crypto.randomUUID(), data: emptyFlow(current.assessment.id, guest, INTERNET_ZONE) }],
      },
      '2027-03-02',
    );
    expect(changed.flows.added.map((f) => f.name)).toEqual(['Guest Wi-Fi → Internet (routed)']);
    expect(changed.flows.changed).toMatchObject([
      {
        name: 'Clinic LAN → Staff Wi-Fi (firewall rule)',
        matchedBy: 'both ends',
        fields: [
          { label: 'Services', before: 'any service', after: 'DICOM' },
          { label: 'How it gets through', before: 'Routed', after: 'Firewall rule' },
        ],
      },
    ]);
    expect(changed.summary).toContain('Flows: 1 added, 0 removed, 1 changed, 3 unchanged.');
  });

  it('a redacted file leaves out flow notes but keeps why a flow was approved', async () => {
    const { records, lan } = legacyClinic('laptop');
    const flow = {
      ...emptyFlow(records.assessment[0]?.data.clinicId ?? '', lan, PARENT_ZONE),
      assessmentId: records.network[0]?.data.assessmentId ?? '',
      approvedBy: 'Board',
      approvalReason: 'Archive',
      notes: 'Call Dana on 555-0134',
    };
    const [redacted] = redactRecords({
      ...records,
      flow: [createVersioned(crypto.randomUUID(), flow, { stamp: '000000000000001-00000', device: 'laptop' })],
    }).flow;
    expect(redacted?.data).toMatchObject({ notes: '', approvedBy: 'Board', approvalReason: 'Archive' });
    expect(redacted?.stamps).not.toHaveProperty('notes');
  });
});
