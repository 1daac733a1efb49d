import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadAssessmentRecords } from '../../../../renderer/db/assessmentRecords';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { savePlan, type PlanSource } from '../../../../renderer/features/plan/planExport';
import { planImport, type PlanImportView } from '../../../../renderer/features/plan/planImport';
import { planRowsOf, type PlanRow } from '../../../../shared/integration/planRows';
import { PLAN_FILE_LIMITS, readPlanFile } from '../../../../shared/integration/planSheetRead';
import { newPlanItem } from '../../../../shared/model/planItem';
import { assessRecords } from '../../../../shared/rules/assessRecords';
import { expectPlainSentence } from '../../../support/plainSentence';
import { dialogsPerTest } from '../../../support/inProcessWorkers';
import { derive, freshDatabase } from '../../../support/testDatabase';

const tempDialogs = dialogsPerTest('clinic-assessor-plan-');
const TODAY = '2026-11-20';

async function samplePlan() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', derive));
  const repos = repositoriesFor(vault);
  const assessmentId = await loadSampleClinic(repos, TODAY, () => undefined);
  let source: PlanSource | undefined;
  const rows = async (): Promise<readonly PlanRow[]> => {
    const records = (await loadAssessmentRecords(repos, assessmentId))!;
    const assessed = assessRecords(records, TODAY);
    source = { records, assessed, rows: await planRowsOf(records, assessed.findings) };
    return source.rows;
  };
  const { dir, dialogs } = await tempDialogs();
  let current = await rows();
  const views: PlanImportView[] = [];
  const importer = planImport({ vault, assessmentId, platform: dialogs.platform, read: readPlanFile }, (v) =>
    views.push(v),
  );
  const refresh = async () => (current = await rows());
  return {
    vault,
    repos,
    assessmentId,
    dir,
    dialogs,
    importer,
    views,
    rows: () => current,
    source: () => source!,
    refresh,
  };
}

describe('the plan as a file, through the use cases', { timeout: 60_000 }, () => {
  it('exports the plan as CSV, reads the edited file back, reviews it and applies only the ticked changes', async () => {
    const s = await samplePlan();
    const [first, second] = s.rows();
    if (!first || !second) throw new Error('the sample plan has fewer than two rows');
    s.dialogs.answer('');
    const name = await savePlan({ platform: s.dialogs.platform }, s.source(), 'csv');
    expect(name).toBe('Lakeside-Family-Health-sample-remediation-plan-2026-11-20.csv');
    const csv = await readFile(path.join(s.dir, name), 'utf8');
    const grid = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const [header = []] = grid;
    const at = (h: string) => header.indexOf(h);
    const line = (key: string) => grid.findIndex((r) => r[at('Finding key')] === key);
    grid[line(first.findingKey)]![at('Owner')] = 'Clinic office manager';
    grid[line(first.findingKey)]![at('Status')] = 'In progress';
    grid[line(first.findingKey)]![at('Target date')] = '2027-03-31';
    grid[line(second.findingKey)]![at('Status')] = 'Blocked';
    grid.push(grid[line(second.findingKey)]!.map((c, i) => (i === at('Finding key') ? 'not-a-finding:here' : c)));
    const edited = path.join(s.dir, 'edited.csv');
    await writeFile(edited, Papa.unparse(grid));

    s.dialogs.answer(edited);
    const review = (await s.importer.choose(s.rows())).state;
    if (review.step !== 'review') throw new Error(`not in review: ${s.importer.view.error}`);
    expect(s.views.some((v) => v.state.step === 'reading')).toBe(true);
    const changes = new Map(review.review.changes.map((c) => [c.findingKey, c]));
    expect(changes.get(first.findingKey)?.fields.map((f) => [f.label, f.after])).toEqual([
      ['Owner', 'Clinic office manager'],
      ['Target date', '2027-03-31'],
      ['Status', 'In progress'],
    ]);
    expect(changes.get(second.findingKey)?.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Status', 'Not started', 'Blocked'],
    ]);
    expect(review.review.notApplied).toMatchObject([{ findingKey: 'not-a-finding:here' }]);
    expect([...review.accepted].sort()).toEqual([first.findingKey, second.findingKey].sort());
    // Nothing is written before Apply.
    expect(await s.repos.planItem.list(s.assessmentId)).toEqual([]);

    s.importer.setAccepted(second.findingKey, false);
    const done = (await s.importer.apply()).state;
    expect(done).toEqual({ step: 'done', name: 'edited.csv', applied: 1 });
    const stored = await s.repos.planItem.list(s.assessmentId);
    expect(stored.map((p) => p.data)).toMatchObject([
      {
        findingKey: first.findingKey,
        findingTitle: first.findingTitle,
        owner: 'Clinic office manager',
        status: 'in-progress',
        targetDate: '2027-03-31',
      },
    ]);

    // Read again, the same file changes only what was left out.
    await s.refresh();
    const again = (await s.importer.choose(s.rows())).state;
    if (again.step !== 'review') throw new Error('not in review');
    expect(again.review.changes.map((c) => c.findingKey)).toEqual([second.findingKey]);
  });

  it('refuses a hostile file (a formula, a random .xlsx) in one sentence and writes nothing', async () => {
    const s = await samplePlan();
    const [first] = s.rows();
    const hostile = path.join(s.dir, 'hostile.csv');
    await writeFile(
      hostile,
      Papa.unparse([
        ['Finding key', 'Owner'],
        [first!.findingKey, '=HYPERLINK("http://example.invalid","x")'],
      ]),
    );
    s.dialogs.answer(hostile);
    const view = await s.importer.choose(s.rows());
    expect(view.state).toEqual({ step: 'idle' });
    expect(view.error).toBe(
      'Row 2 of hostile.csv: the Owner cell holds a formula, and the plan reads typed values only.',
    );
    expect(await s.repos.planItem.list(s.assessmentId)).toEqual([]);

    const random = path.join(s.dir, 'random.xlsx');
    await writeFile(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    s.dialogs.answer(random);
    const refused = await s.importer.choose(s.rows());
    expect(refused.state).toEqual({ step: 'idle' });
    expect(refused.error).toContain('random.xlsx');
    expectPlainSentence(refused.error ?? '');
    expect(await s.repos.planItem.list(s.assessmentId)).toEqual([]);
  });

  it('applies nothing when every change is unticked, and says so', async () => {
    const s = await samplePlan();
    const [first] = s.rows();
    const edited = path.join(s.dir, 'one.csv');
    await writeFile(
      edited,
      Papa.unparse([
        ['Finding key', 'Owner'],
        [first!.findingKey, 'Dana'],
      ]),
    );
    s.dialogs.answer(edited);
    await s.importer.choose(s.rows());
    s.importer.setAll(false);
    const view = await s.importer.apply();
    expect(view.state.step).toBe('review');
    expect(view.error).toBe('No change is ticked, so there is nothing to apply.');
    expect(await s.repos.planItem.list(s.assessmentId)).toEqual([]);
    s.importer.setAll(true);
    expect((await s.importer.apply()).state).toMatchObject({ step: 'done', applied: 1 });
    expect((await s.repos.planItem.list(s.assessmentId)).map((p) => p.data.owner)).toEqual(['Dana']);
  });

  it('refuses to apply a change to an item edited on this computer while the review was open', async () => {
    const s = await samplePlan();
    const [first] = s.rows();
    const edited = path.join(s.dir, 'late.csv');
    await writeFile(
      edited,
      Papa.unparse([
        ['Finding key', 'Owner'],
        [first!.findingKey, 'Firm owner'],
      ]),
    );
    s.dialogs.answer(edited);
    expect((await s.importer.choose(s.rows())).state.step).toBe('review');
    // Meanwhile the assessor sets the status of that item on the plan page.
    const id = first!.itemId;
    await s.repos.planItem.upsert(
      id,
      { ...newPlanItem(s.assessmentId, first!.findingKey, first!.findingTitle), status: 'blocked' },
      { status: 'blocked' },
    );
    const view = await s.importer.apply();
    expect(view.state.step).toBe('review');
    expect(view.error).toBe(
      'The plan changed on this computer while you reviewed it, so nothing was applied; try again.',
    );
    expect((await s.repos.planItem.list(s.assessmentId)).map((p) => [p.data.owner, p.data.status])).toEqual([
      ['', 'blocked'],
    ]);
  });

  it('lets the dialog read no larger a file than the reader takes', async () => {
    const s = await samplePlan();
    const asked: number[] = [];
    const platform = {
      openFile: (request: { maxBytes: number }) => {
        asked.push(request.maxBytes);
        return Promise.resolve({ ok: true as const, value: { canceled: true as const } });
      },
    };
    await planImport({ vault: s.vault, assessmentId: s.assessmentId, platform, read: readPlanFile }).choose(s.rows());
    expect(asked).toEqual([PLAN_FILE_LIMITS.bytes]);
  });
});
