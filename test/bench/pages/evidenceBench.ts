/**
 * Runs in Chromium: 50 camera-size photos of about 4 MB each (real JPEGs of noise, made
 * here once with a canvas, each a little different) attached to one device through the
 * app's own path: the evidence worker checks, downscales and cleans each, then the
 * store seals it in chunks. Exposed as `window.benchAttachPhotos`.
 */
import { AssessorDatabase } from '../../../renderer/db/database';
import { createKeyring } from '../../../renderer/db/dataKeyWrap';
import { repositoriesFor } from '../../../renderer/db/repository';
import { Vault } from '../../../renderer/db/vault';
import { deriveInWorker } from '../../../renderer/workers/deriveInWorker';
import { prepareInWorker } from '../../../renderer/workers/evidenceInWorker';
import { addEvidenceFiles } from '../../../renderer/features/evidence/addEvidence';

/** JPEGs of noise at `width` × `height`, each with its number drawn in, so each has its own hash. */
async function noisePhotos(count: number, width: number, height: number): Promise<Blob[]> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const noise = context.createImageData(width, height);
  let seed = 12345;
  for (let i = 0; i < noise.data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    noise.data[i] = i % 4 === 3 ? 255 : seed >>> 24;
  }
  const photos: Blob[] = [];
  for (let n = 0; n < count; n++) {
    context.putImageData(noise, 0, 0);
    context.fillStyle = '#fff';
    context.fillRect(20, 20, 400, 160);
    context.fillStyle = '#000';
    context.font = '120px sans-serif';
    context.fillText(String(n), 40, 150);
    photos.push(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 }));
  }
  return photos;
}

async function benchAttachPhotos(count: number) {
  const photos = await noisePhotos(count, 2600, 1950);
  const db = new AssessorDatabase(`bench-evidence-${crypto.randomUUID()}`);
  const vault = await Vault.open(db, await createKeyring(db, 'benchmark passphrase for evidence', deriveInWorker));
  const repos = repositoriesFor(vault);
  const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const startHeap = memory();
  let peakHeap = startHeap;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, memory())), 50);
  const started = performance.now();
  const result = await addEvidenceFiles(
    { vault, repos, prepare: prepareInWorker },
    { assessmentId: crypto.randomUUID(), target: 'asset', targetId: crypto.randomUUID() },
    photos.map((blob, n) => ({ name: `photo-${n}.jpg`, size: blob.size, arrayBuffer: () => blob.arrayBuffer() })),
    () => (peakHeap = Math.max(peakHeap, memory())),
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  const stored = (await repos.evidence.all()).reduce((sum, e) => sum + e.data.size, 0);
  db.close();
  return {
    ms,
    added: result.added,
    failures: result.failures,
    pickedMegabytes: photos.reduce((sum, b) => sum + b.size, 0) / 1e6,
    storedMegabytes: stored / 1e6,
    peakHeapMegabytes: (peakHeap - startHeap) / 1e6,
  };
}

(window as unknown as { benchAttachPhotos: typeof benchAttachPhotos }).benchAttachPhotos = benchAttachPhotos;
