import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKeyBytes } from '../../../../shared/crypto/kdf';
import { loadAssessmentRecords } from '../../../../renderer/db/assessmentRecords';
import { createKeyring } from '../../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../../renderer/db/repository';
import { Vault } from '../../../../renderer/db/vault';
import { loadSampleClinic } from '../../../../renderer/features/clinics/loadSampleClinic';
import { reportFileName, reportMaker } from '../../../../renderer/features/reports/makeReport';
import { dialogsPerTest, inProcessReportWorker } from '../../../support/inProcessWorkers';
import { headings, openDocx, textOf } from '../../../support/docxTools';
import { flatText } from '../../../support/pdfTools';
import { freshDatabase } from '../../../support/testDatabase';

const tempDialogs = dialogsPerTest('clinic-assessor-report-');

async function laptopWithSample() {
  const db = freshDatabase();
  const vault = await Vault.open(db, await createKeyring(db, 'laptop passphrase', deriveKeyBytes));
  const repos = repositoriesFor(vault);
  await loadSampleClinic(repos, '2026-11-28', () => undefined);
  const { dir, dialogs } = await tempDialogs();
  const states: unknown[] = [];
  const maker = reportMaker({ repos, platform: dialogs.platform, worker: inProcessReportWorker }, (s) =>
    states.push(s),
  );
  return { repos, dir, dialogs, maker, states };
}

describe('making reports through the use case', { timeout: 120_000 }, () => {
  it('saves the clinic report of an assessment as a real PDF, named for the clinic and the date', async () => {
    const l = await laptopWithSample();
    const [clinic] = await l.repos.clinic.list();
    const [visit] = await l.repos.assessment.list(clinic!.id);
    const records = await loadAssessmentRecords(l.repos, visit!.id);
    if (!records) throw new Error('no records');
    l.dialogs.answer('');
    const state = await l.maker.clinic({ records, priorId: '', reportDate: '2026-11-30' });
    const name = reportFileName(clinic!.data.name, 'assessment-report', '2026-11-30');
    expect(state).toEqual({ step: 'saved', name });
    expect(l.states[0]).toEqual({ step: 'working', label: 'Collecting records…', done: 0, total: 1 });
    const text = flatText(await readFile(path.join(l.dir, name)));
    expect(text).toContain(clinic!.data.name);
    expect(text).toContain('Executive summary');
  });

  it('saves the clinic report as a Word document when asked, named .docx', async () => {
    const l = await laptopWithSample();
    const [clinic] = await l.repos.clinic.list();
    const [visit] = await l.repos.assessment.list(clinic!.id);
    const records = await loadAssessmentRecords(l.repos, visit!.id);
    l.dialogs.answer('');
    const state = await l.maker.clinic({ records: records!, priorId: '', reportDate: '2026-11-30', format: 'docx' });
    const name = reportFileName(clinic!.data.name, 'assessment-report', '2026-11-30', 'docx');
    expect(name.endsWith('-assessment-report-2026-11-30.docx')).toBe(true);
    expect(state).toEqual({ step: 'saved', name });
    const docx = openDocx(new Uint8Array(await readFile(path.join(l.dir, name))));
    expect(textOf(docx.document)).toContain(clinic!.data.name);
    expect(headings(docx.document)[0]).toEqual({ style: 'Heading1', text: 'Executive summary' });
  });

  it('saves the portfolio of every clinic here, and a cancelled save dialog saves nothing', async () => {
    const l = await laptopWithSample();
    l.dialogs.answer(undefined);
    expect(await l.maker.portfolio({ reportDate: '2026-11-30' })).toEqual({ step: 'idle' });
    l.dialogs.answer('');
    const state = await l.maker.portfolio({ reportDate: '2026-11-30' });
    expect(state).toEqual({ step: 'saved', name: 'clinics-portfolio-report-2026-11-30.pdf' });
    const [clinic] = await l.repos.clinic.list();
    expect(flatText(await readFile(path.join(l.dir, 'clinics-portfolio-report-2026-11-30.pdf')))).toContain(
      clinic!.data.name,
    );
  });

  it('names files in any script, with the rest as dashes', () => {
    expect(reportFileName('Clinique Saint-Éloi / Nord', 'assessment-report', '2026-11-30')).toBe(
      'Clinique-Saint-Éloi-Nord-assessment-report-2026-11-30.pdf',
    );
    expect(reportFileName('///', 'portfolio-report', '2026-11-30')).toBe('clinic-portfolio-report-2026-11-30.pdf');
  });
});
