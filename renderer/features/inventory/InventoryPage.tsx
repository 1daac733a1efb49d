import * as Tabs from '@radix-ui/react-tabs';
import { moveTabFocusAtOnce } from '../../components/tabKeys';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import type { Network } from '../../../shared/model/network';
import { useRepositories } from '../../session/SessionContext';
import { loadInventory } from '../../db/assessmentRecords';
import { routeHref } from '../../routing/useHashRoute';
import { AssessmentPicker } from '../../components/AssessmentPicker';
import { IssuedNotice } from '../../components/IssuedNotice';
import { clinicTitle, formatDate } from '../../components/clinicLabels';
import { InventoryTable } from './InventoryTable';
import { inventoryTabs, type AnyInventoryTab } from './inventoryTabs';
import { recordChoices, type RecordChoices } from './recordChoices';
import { todayIso } from '../../clock/today';
import { CarriedReview, type CarriedRecords } from './CarriedReview';
import { PracticesPanel } from './PracticesPanel';

/** The tab after the record tabs: the HICP practices, ten fixed rows rather than a list of records. */
const PRACTICES_TAB = { id: 'practices', label: 'HICP practices' } as const;

/** The scan and CSV import (with the XML and CSV parsers) loads when the inventory shows, not with the app. */
const InventoryFileImport = lazy(async () => ({
  default: (await import('./InventoryFileImport')).InventoryFileImport,
}));

/** `#/inventory` picks an assessment; `#/inventory/<assessment>/<tab>` lists its records. */
export function InventoryPage({ path }: { path: string[] }) {
  const [assessmentId, tabId] = path;
  return assessmentId ? (
    <>
      <IssuedNotice assessmentId={assessmentId} />
      <Inventory key={assessmentId} assessmentId={assessmentId} tabId={tabId} />
    </>
  ) : (
    <AssessmentPicker area="inventory" />
  );
}

function Inventory({ assessmentId, tabId }: { assessmentId: string; tabId: string | undefined }) {
  const repos = useRepositories();
  const context = useLiveQuery(async () => {
    // Every list is read in the first round, before any decryption is awaited, so the live query watches them all.
    const [assessment, inventory, adminAccounts, ephiStores] = await Promise.all([
      repos.assessment.get(assessmentId),
      loadInventory(repos, assessmentId),
      repos.adminAccount.list(assessmentId),
      repos.ephiStore.list(assessmentId),
    ]);
    const { networks, assets, applications, vendorLinks, links, flows } = inventory;
    const clinic = assessment ? await repos.clinic.get(assessment.data.clinicId) : undefined;
    const carried: CarriedRecords = [
      ['asset', assets],
      ['network', networks],
      ['vendorAccess', vendorLinks],
      ['link', links],
      ['application', applications],
      ['flow', flows],
      ['adminAccount', adminAccounts],
      ['ephiStore', ephiStores],
    ];
    return {
      assessment,
      clinic,
      networks,
      carried,
      choices: recordChoices({ networks, assets, applications, vendorLinks }),
    };
  }, [repos, assessmentId]);
  if (!context) return <p aria-busy="true">Decrypting…</p>;
  if (!context.assessment || context.assessment.deleted) {
    return (
      <>
        <h1 tabIndex={-1}>Inventory</h1>
        <p role="alert" className="error">
          This assessment does not exist on this computer.
        </p>
      </>
    );
  }
  const current =
    tabId === PRACTICES_TAB.id ? PRACTICES_TAB : (inventoryTabs.find((t) => t.id === tabId) ?? inventoryTabs[0]);
  const assessmentDate = context.assessment.data.startDate || todayIso();
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1}>Inventory</h1>
          <p className="lead">
            {clinicTitle(context.clinic?.data.name)} · {context.assessment.data.title || 'Untitled assessment'} · end of
            support judged on {formatDate(assessmentDate)}
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={routeHref('checklist', assessmentId)}>
            Checklist
          </a>
          <a className="button" href={routeHref('findings', assessmentId)}>
            Findings
          </a>
        </div>
      </div>
      <CarriedReview records={context.carried} />
      <Tabs.Root
        value={current.id}
        onValueChange={(value) => (window.location.hash = routeHref('inventory', assessmentId, value))}
        className="card"
      >
        <Tabs.List aria-label="Inventory" className="tabs" onKeyDownCapture={moveTabFocusAtOnce}>
          {inventoryTabs.map((t) => (
            <Tabs.Trigger key={t.id} value={t.id} className="tab">
              {t.label}
            </Tabs.Trigger>
          ))}
          <Tabs.Trigger value={PRACTICES_TAB.id} className="tab">
            {PRACTICES_TAB.label}
          </Tabs.Trigger>
        </Tabs.List>
        {inventoryTabs.map((t) => (
          <Tabs.Content key={t.id} value={t.id} className="tab-panel">
            {t.id === current.id ? (
              <TabTable
                tab={t}
                assessmentId={assessmentId}
                networks={context.networks}
                choices={context.choices}
                assessmentDate={assessmentDate}
              />
            ) : null}
          </Tabs.Content>
        ))}
        <Tabs.Content value={PRACTICES_TAB.id} className="tab-panel">
          {current.id === PRACTICES_TAB.id ? (
            <PracticesPanel assessmentId={assessmentId} assessmentDate={assessmentDate} />
          ) : null}
        </Tabs.Content>
      </Tabs.Root>
      <Suspense fallback={<p aria-busy="true">Loading the import…</p>}>
        <InventoryFileImport assessmentId={assessmentId} assessmentDate={assessmentDate} />
      </Suspense>
    </>
  );
}

function TabTable({
  tab,
  ...rest
}: {
  tab: AnyInventoryTab;
  assessmentId: string;
  networks: { id: string; data: Network }[];
  choices: RecordChoices;
  assessmentDate: string;
}) {
  switch (tab.type) {
    case 'asset':
      return <InventoryTable tab={tab} {...rest} />;
    case 'network':
      return <InventoryTable tab={tab} {...rest} />;
    case 'vendorAccess':
      return <InventoryTable tab={tab} {...rest} />;
    case 'flow':
      return <InventoryTable tab={tab} {...rest} />;
    case 'link':
      return <InventoryTable tab={tab} {...rest} />;
    case 'application':
      return <InventoryTable tab={tab} {...rest} />;
    case 'adminAccount':
      return <InventoryTable tab={tab} {...rest} />;
    case 'ephiStore':
      return <InventoryTable tab={tab} {...rest} />;
  }
}
