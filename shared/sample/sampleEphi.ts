/**
 * The sample clinic's ePHI inventory and HICP practice evidence: the EMR in its vendor's
 * cloud, the practice-management database and the e-fax folder on the old server, X-ray
 * studies kept only on the acquisition PC, and a USB backup disk that goes home on
 * Fridays (not seen on the day); email filtering in place for two years, antivirus for
 * seven months, most other practices not in place.
 */
import { enteredNow, type Carried } from '../model/carriedRecord';
import type { EphiStore } from '../model/ephiStore';
import type { HicpPractice, PracticeState } from '../model/practice';

type Named = { id: string; data: { name: string } };

export function sampleEphiStores(
  newId: () => string,
  assessmentId: string,
  records: readonly Named[],
): { id: string; data: EphiStore }[] {
  const idOf = (name: string) => records.find((r) => r.data.name === name)?.id ?? null;
  const store = (data: Omit<EphiStore, 'assessmentId' | keyof Carried>) => ({
    id: newId(),
    data: { assessmentId, ...enteredNow, ...data },
  });
  return [
    store({
      name: 'CloudChart EMR',
      kind: 'emr',
      location: "CloudChart's hosted service, US data centres",
      recordId: idOf('CloudChart EMR'),
      encryptedAtRest: 'yes',
      backup: 'offsite',
      volume: 'about 9,000 patient charts',
      assessed: true,
      notes: "The vendor's SOC 2 report and the BAA (2022) are on file; restores are the vendor's and never tested.",
    }),
    store({
      name: 'PracticeMate database',
      kind: 'emr',
      location: 'SQL Server database on PM-SRV, back office',
      recordId: idOf('PracticeMate PM'),
      encryptedAtRest: 'no',
      backup: 'local-only',
      volume: 'scheduling and billing since 2012',
      assessed: true,
      notes: 'Copied nightly to the USB disk below; no copy leaves the building except with that disk.',
    }),
    store({
      name: 'X-ray studies',
      kind: 'imaging',
      location: 'Local image store on XRAY-ACQ (D: drive), X-ray room',
      recordId: idOf('XRAY-ACQ'),
      encryptedAtRest: 'no',
      backup: 'none',
      volume: 'about 6 years of studies',
      assessed: true,
      notes: "Only ultrasound goes to Northwind's archive; X-ray studies stay on the Windows XP acquisition PC.",
    }),
    store({
      name: 'E-fax inbox',
      kind: 'e-fax',
      location: 'The fax service saves PDFs to \\\\PM-SRV\\Scans\\Fax, shared with every staff login',
      recordId: idOf('PM-SRV'),
      encryptedAtRest: 'no',
      backup: 'local-only',
      volume: '20 to 40 referrals and lab results a day',
      assessed: true,
      notes: '',
    }),
    store({
      name: 'USB backup disk',
      kind: 'backup',
      location: 'Plugged into PM-SRV; the practice manager takes it home on Fridays',
      recordId: idOf('PM-SRV'),
      encryptedAtRest: 'no',
      backup: 'none',
      volume: "a full copy of PM-SRV's data",
      assessed: false,
      notes: "Not seen: it was at the practice manager's home on the day of the visit.",
    }),
  ];
}

/** The first of the month `months` before `today` (an ISO date). */
function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** The practices as [practice, state, in place since, notes]; practice 8 is left unrecorded (not known). */
export function samplePractices(today: string): [HicpPractice, PracticeState, string, string][] {
  return [
    [
      '1',
      'in-place',
      monthsBefore(today, 25),
      'Microsoft 365 filtering with Defender for Office 365 since the 2024 phishing; MFA on some mailboxes only, DMARC at p=none.',
    ],
    ['2', 'in-place', monthsBefore(today, 7), 'Defender antivirus on every PC but EXAM-PC-1 (Windows 7); no EDR.'],
    ['3', 'not-in-place', '', 'Shared logins at the front desk and for the EMR admin; no MFA on applications.'],
    ['4', 'not-in-place', '', 'No disk encryption; patient data on local disks and a USB disk that goes home.'],
    ['5', 'not-in-place', '', 'No asset list before this assessment.'],
    ['6', 'not-in-place', '', 'One flat network; the guest Wi-Fi is bridged onto it.'],
    ['7', 'partial', '', 'BrightDesk patches the PCs by hand when asked; EXAM-PC-1 not since 2020.'],
    ['9', 'partial', '', 'MDS2 forms for some devices; the ultrasound and X-ray vendors patch their own.'],
    ['10', 'not-in-place', '', 'No risk analysis on record and nobody named for security.'],
  ];
}
