/// <reference lib="webworker" />
/**
 * The report worker: exposes reportApi. The font is the app's own copy of DejaVu Sans,
 * fetched from the app's origin: nothing leaves the machine.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { expose } from 'comlink';
import { reportApi } from './reportApi';
import { carryTaskErrors } from './workerTask';

export type ReportApi = ReturnType<typeof reportApi>;
export type { ReportTask } from './reportApi';

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error('The report font is missing from the app.');
  return new Uint8Array(await response.arrayBuffer());
}

carryTaskErrors();
expose(reportApi(async () => ({ regular: await fontBytes(regularUrl), bold: await fontBytes(boldUrl) })));
