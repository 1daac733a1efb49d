import { agree, count, figure } from '../../../shared/model/plural';
import { useId, useMemo, useState } from 'react';
import { useSession } from '../../session/SessionContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProgressLine } from '../../components/ProgressLine';
import type { Vault } from '../../db/vault';
import { platform } from '../../platform/api';
import { readCsvInWorker, readScanInWorker } from '../../workers/inventoryFileInWorker';
import { CsvMappingStep } from './CsvMappingStep';
import { inventoryImport, reviewCounts, type InventoryImportView } from './importInventoryFile';
import { ImportReview } from './ImportReview';
import { useZeekImport, zeekBusy, ZeekImportStatus } from './ZeekImportParts';

const worker = { readScanInWorker, readCsvInWorker };

/** Import an nmap scan or an inventory list (CSV) into this assessment's inventory, after a review of every device. */
export function InventoryFileImport({
  assessmentId,
  assessmentDate,
}: {
  assessmentId: string;
  assessmentDate: string;
}) {
  const session = useSession();
  return session.state.status === 'unlocked' ? (
    <ScanImportForm vault={session.state.vault} assessmentId={assessmentId} assessmentDate={assessmentDate} />
  ) : null;
}

function ScanImportForm({
  vault,
  assessmentId,
  assessmentDate,
}: {
  vault: Vault;
  assessmentId: string;
  assessmentDate: string;
}) {
  const id = useId();
  const [{ state, error }, setView] = useState<InventoryImportView>({ state: { step: 'idle' } });
  const importer = useMemo(
    () => inventoryImport({ vault, assessment: { id: assessmentId, date: assessmentDate }, platform, worker }, setView),
    [vault, assessmentId, assessmentDate],
  );
  const { setAll } = importer;
  const zeek = useZeekImport(vault, assessmentId);
  const review = state.step === 'review' ? state : undefined;
  const counts = review && reviewCounts(review);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import a scan, an inventory list or observed traffic</h2>
      <p>
        An nmap XML file (<code>-oX</code>; run it as the Scanning plan proposes for each zone, never OS or version
        probes on medical devices) or the MSP&apos;s asset list as CSV: every device is reviewed before anything is
        saved, and a newer file updates the devices it already knows. A Zeek <code>conn.log</code> from a SPAN port (TSV
        or JSON, or a .gz of either) proposes the flows it saw, without probing any device.
      </p>
      <div className="inline-form-row">
        <button
          type="button"
          className="button"
          onClick={() => void importer.choose('nmap')}
          disabled={state.step === 'reading' || state.step === 'saving'}
        >
          Import nmap scan…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void importer.choose('csv')}
          disabled={state.step === 'reading' || state.step === 'saving'}
        >
          Import CSV inventory…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void zeek.importer.choose()}
          disabled={zeekBusy(zeek.view)}
        >
          Import Zeek conn.log…
        </button>
        {state.step === 'reading' ? (
          <button type="button" className="button" onClick={importer.cancel}>
            Cancel scan import
          </button>
        ) : null}
      </div>
      {state.step === 'reading' ? <ProgressLine label={state.label} done={state.done} total={state.total} /> : null}
      {state.step === 'mapping' ? (
        <CsvMappingStep
          name={state.name}
          table={state.table}
          mapping={state.mapping}
          onChange={importer.setMapping}
          onReview={() => void importer.reviewCsv()}
          onDiscard={importer.discard}
        />
      ) : null}
      {review && counts ? (
        <div className="subsection" aria-label="Scan review">
          <h3>{review.name}</h3>
          <p>
            {review.source === 'nmap'
              ? `${count(review.result.hostsScanned, 'host')} scanned, ${figure(counts.up)} up`
              : `${count(review.result.hostsScanned, 'row')}, ${count(counts.up, 'device')}`}
            : {figure(counts.up - counts.matched)} new, {figure(counts.matched)} already in the inventory;{' '}
            {count(review.result.networks.length, 'network')}.
            {counts.remote
              ? ` ${count(counts.remote, 'host')} ${agree(counts.remote, 'listens', 'listen')} for remote access: record them under Vendor access if a vendor uses them.`
              : ''}
          </p>
          {review.targets.length ? (
            <ul className="reasons" aria-label="Networks of the new devices">
              {review.targets.map((t) => (
                <li key={t.subnet}>
                  {t.subnet}: new devices join {t.network ? <strong>{t.network.name}</strong> : 'a new network'}
                  {t.network ? ' (recorded)' : ' (created on import)'}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="inline-form-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, import: true }))}
            >
              Select all
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, import: false }))}
            >
              Select none
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, acceptKind: true }))}
            >
              Accept all suggested kinds
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setAll((c) => ({ ...c, acceptKind: false }))}
            >
              Reject all suggested kinds
            </button>
          </div>
          <ImportReview
            source={review.source}
            columns={review.columns}
            rows={review.rows}
            choices={review.choices}
            onChange={importer.setChoice}
          />
          <div className="inline-form-row">
            <button
              type="button"
              className="button button-primary"
              disabled={!counts.chosen}
              onClick={() => void importer.save()}
            >
              Import {count(counts.chosen, 'device')}
            </button>
            <button type="button" className="button" onClick={importer.discard}>
              Discard file
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" className="status">
        {state.step === 'done'
          ? `Imported ${state.name}: ${count(state.added, 'new device')}, ${figure(state.updated)} updated, ${count(state.networksAdded, 'network')} added.`
          : state.step === 'saving'
            ? 'Saving…'
            : ''}
      </p>
      <ErrorMessage message={error} />
      <ZeekImportStatus importer={zeek.importer} view={zeek.view} />
    </section>
  );
}
