/**
 * Reads a Zeek conn.log off the UI thread into its flow summary: the bytes (or a .gz of
 * them, unpacked as a stream with the platform's DecompressionStream) are decoded a
 * megabyte at a time and fed to the streaming reader; each connection is grouped as it is
 * read and never kept. The reader's caps bound the unpacked text, so a gzip bomb stops there.
 */
import { ImportError } from '../../shared/import/importErrors';
import { ZeekConnReader, type ZeekReadSummary } from '../../shared/import/zeekConnLog';
import { FlowSummariser, type FlowSummary, type ResolveContext } from '../../shared/import/zeekFlows';
import type { Progress } from './workerTask';

export interface ZeekResult {
  read: ZeekReadSummary;
  summary: FlowSummary;
}

const SLICE = 1024 * 1024;
const LABEL = 'Reading the conn.log…';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The bytes as a stream of slices, counting what has gone out (for progress). */
function slices(bytes: Uint8Array, sent: { bytes: number }): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      const slice = bytes.subarray(offset, offset + SLICE);
      offset += slice.byteLength;
      sent.bytes = offset;
      controller.enqueue(slice);
    },
  });
}

async function readGzip(bytes: Uint8Array, reader: ZeekConnReader, progress: Progress): Promise<void> {
  const sent = { bytes: 0 };
  const unpacked = slices(bytes, sent).pipeThrough(
    new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  const decoder = new TextDecoder('utf-8');
  const chunks = unpacked.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await chunks.read();
      } catch {
        throw new ImportError('bad-value', 'This .gz file is damaged or was cut short, so nothing was imported.');
      }
      if (next.done) return reader.write(decoder.decode());
      reader.write(decoder.decode(next.value, { stream: true }));
      progress(LABEL, sent.bytes, bytes.byteLength);
    }
  } finally {
    // Stops the unpacking when the reader refuses the text (too large, a bad line).
    void chunks.cancel().catch(() => undefined);
  }
}

export async function readZeekLog(bytes: Uint8Array, context: ResolveContext, progress: Progress): Promise<ZeekResult> {
  const summariser = new FlowSummariser(context);
  const reader = new ZeekConnReader((c) => summariser.add(c));
  if (isGzip(bytes)) await readGzip(bytes, reader, progress);
  else {
    const decoder = new TextDecoder('utf-8');
    for (let offset = 0; offset < bytes.byteLength; offset += SLICE) {
      reader.write(decoder.decode(bytes.subarray(offset, offset + SLICE), { stream: true }));
      progress(LABEL, Math.min(bytes.byteLength, offset + SLICE), bytes.byteLength);
    }
    reader.write(decoder.decode());
  }
  const read = reader.close();
  return { read, summary: summariser.result() };
}
