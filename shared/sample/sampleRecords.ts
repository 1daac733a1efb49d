/** The sample clinic as versioned records, ready for an assessment file (the command line's `demo`). */
import type { BundleRecords } from '../bundle/bundleContent';
import { answerId } from '../checklists/answerId';
import { HybridClock } from '../model/hlc';
import { createVersioned } from '../model/versionedRecord';
import { sampleClinic } from './sampleClinic';
import { practiceId } from '../model/practice';

export async function sampleRecords(
  device: string,
  today: string,
  now: () => number = Date.now,
): Promise<BundleRecords> {
  const clock = new HybridClock(now);
  const write = () => ({ stamp: clock.tick(), device });
  const s = sampleClinic(() => crypto.randomUUID(), today);
  return {
    clinic: [createVersioned(s.clinic.id, s.clinic.data, write())],
    assessment: [createVersioned(s.assessment.id, s.assessment.data, write())],
    asset: s.assets.map((a) => createVersioned(a.id, a.data, write())),
    network: s.networks.map((n) => createVersioned(n.id, n.data, write())),
    vendorAccess: s.vendorLinks.map((v) => createVersioned(v.id, v.data, write())),
    link: s.links.map((l) => createVersioned(l.id, l.data, write())),
    application: s.applications.map((a) => createVersioned(a.id, a.data, write())),
    flow: s.flows.map((f) => createVersioned(f.id, f.data, write())),
    answer: await Promise.all(
      s.answers.map(async ([questionId, value, note]) =>
        createVersioned(
          await answerId(s.assessment.id, questionId),
          { assessmentId: s.assessment.id, questionId, value, note },
          write(),
        ),
      ),
    ),
    finding: [],
    adminAccount: s.adminAccounts.map((a) => createVersioned(a.id, a.data, write())),
    targetFlow: [],
    indicator: [],
    evidence: [],
    planItem: [],
    ephiStore: s.ephiStores.map((e) => createVersioned(e.id, e.data, write())),
    practice: await Promise.all(
      s.practices.map(async ([practice, state, since, notes]) =>
        createVersioned(
          await practiceId(s.assessment.id, practice),
          { assessmentId: s.assessment.id, practice, state, since, notes },
          write(),
        ),
      ),
    ),
  };
}
