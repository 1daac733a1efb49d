/**
 * Speed-test results as the connectivity section records them: iperf3's JSON
 * (`iperf3 -J`: upload, `-R` download, `--bidir` both at once; `-P n` streams summed),
 * with iperf3's own error text when the run failed; the Ookla speedtest
 * CLI (`speedtest -f json`) and speedtest-cli (`speedtest-cli --json`). Every field is
 * checked; anything else is refused as not a speed test.
 */
import { z } from 'zod';
import { cleanText } from './nmapXml';
import { plainIssue, plainTooLong } from '../model/plainIssues';
import { ImportError } from './importErrors';

export interface SpeedTestResult {
  source: 'iperf3' | 'Ookla speedtest' | 'speedtest-cli';
  isp: string;
  downMbps: number | null;
  upMbps: number | null;
  latencyMs: number | null;
  jitterMs: number | null;
  lossPercent: number | null;
}

const MAX_JSON_CHARS = 20 * 1024 * 1024;
/** As long as a link's ISP field (shared/model/link.ts). */
const MAX_ISP = 200;
const rate = z.number().finite().nonnegative().max(1e13);
const mbps = (bitsPerSecond: number) => Math.round(bitsPerSecond / 10_000) / 100;
const ms = (value: number | undefined) => (value === undefined ? null : Math.round(value * 100) / 100);

const summary = z.object({ bits_per_second: rate }).optional();
const iperf3 = z.object({
  start: z.object({
    test_start: z
      .object({ reverse: z.number().optional(), bidir: z.number().optional(), protocol: z.string().optional() })
      .optional(),
  }),
  end: z.object({
    sum_sent: summary,
    sum_received: summary,
    sum_sent_bidir_reverse: summary,
    sum_received_bidir_reverse: summary,
    sum: z.object({ bits_per_second: rate, jitter_ms: rate.optional(), lost_percent: rate.optional() }).optional(),
    sum_bidir_reverse: summary,
    streams: z
      .array(
        z.object({
          receiver: z.object({ bits_per_second: rate, sender: z.boolean().optional() }).optional(),
        }),
      )
      .max(1024)
      .optional(),
  }),
  error: z.string().optional(),
});
type Iperf3 = z.infer<typeof iperf3>;

/**
 * What one direction carried, as its receiving end saw it: the run's summary, else the sum
 * of its streams' receivers (every `-P` stream counts), else what was sent. `reverse`
 * picks the second direction of a `--bidir` run.
 */
function carried({ end }: Iperf3, reverse: boolean): number | undefined {
  const received = reverse ? end.sum_received_bidir_reverse : end.sum_received;
  if (received) return received.bits_per_second;
  const streams = (end.streams ?? []).flatMap((s) =>
    s.receiver && (s.receiver.sender === undefined || s.receiver.sender === !reverse) ? [s.receiver] : [],
  );
  if (streams.length) return streams.reduce((total, s) => total + s.bits_per_second, 0);
  return (reverse ? (end.sum_bidir_reverse ?? end.sum_sent_bidir_reverse) : (end.sum ?? end.sum_sent))?.bits_per_second;
}

/** A run that failed says why in the tool's own words (iperf3's "error", Ookla's error log line): that is the message. */
function toolError(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null) return;
  // Brackets would make the sentence look like a stack trace to plainError, which would then hide it.
  const said = (value: string) => cleanText(value).replace(/[[{]/g, '(').replace(/[\]}]/g, ')');
  const r = raw as Record<string, unknown>;
  if (typeof r.error === 'string' && ('start' in r || 'end' in r || 'intervals' in r))
    throw new ImportError('speed-test-failed', `iperf3 said: ${said(r.error)}`);
  if (r.type === 'log' && r.level === 'error' && typeof r.message === 'string')
    throw new ImportError('speed-test-failed', `speedtest said: ${said(r.message)}`);
}

function readIperf3(run: Iperf3): SpeedTestResult {
  const test = run.start.test_start;
  const bidir = test?.bidir === 1;
  const forward = carried(run, false);
  if (forward === undefined) throw new ImportError('not-speed-test', 'the iperf3 run has no summary');
  // Without --bidir one direction was measured: the download with -R, else the upload.
  const reverse = bidir ? carried(run, true) : undefined;
  const down = bidir ? reverse : test?.reverse === 1 ? forward : undefined;
  const up = bidir || test?.reverse !== 1 ? forward : undefined;
  return {
    source: 'iperf3',
    isp: '',
    downMbps: down === undefined ? null : mbps(down),
    upMbps: up === undefined ? null : mbps(up),
    latencyMs: null,
    jitterMs: ms(run.end.sum?.jitter_ms),
    lossPercent: ms(run.end.sum?.lost_percent),
  };
}

const ookla = z.object({
  type: z.literal('result'),
  ping: z.object({ latency: rate, jitter: rate.optional() }),
  download: z.object({ bandwidth: rate }),
  upload: z.object({ bandwidth: rate }),
  packetLoss: rate.optional(),
  isp: z.string().optional(),
});

const speedtestCli = z.object({
  download: rate,
  upload: rate,
  ping: rate,
  client: z.object({ isp: z.string().optional() }).optional(),
});

/** The ISP's name as the link records it; one longer than a link holds is refused, not cut. */
function ispOf(value: string | undefined): string {
  if (value && value.length > MAX_ISP)
    throw new ImportError('bad-value', plainTooLong('ISP name in the speed test', value.length, MAX_ISP));
  return cleanText(value);
}

export function parseSpeedTest(text: string): SpeedTestResult {
  if (text.length > MAX_JSON_CHARS) throw new ImportError('too-large', 'a speed test result is at most 20 MiB');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('not-speed-test', 'it is not JSON');
  }
  toolError(raw);
  const i = iperf3.safeParse(raw);
  if (i.success) return readIperf3(i.data);
  const o = ookla.safeParse(raw);
  if (o.success) {
    const r = o.data;
    return {
      source: 'Ookla speedtest',
      isp: ispOf(r.isp),
      downMbps: mbps(r.download.bandwidth * 8),
      upMbps: mbps(r.upload.bandwidth * 8),
      latencyMs: ms(r.ping.latency),
      jitterMs: ms(r.ping.jitter),
      lossPercent: ms(r.packetLoss),
    };
  }
  const s = speedtestCli.safeParse(raw);
  if (s.success) {
    const r = s.data;
    return {
      source: 'speedtest-cli',
      isp: ispOf(r.client?.isp),
      downMbps: mbps(r.download),
      upMbps: mbps(r.upload),
      latencyMs: ms(r.ping),
      jitterMs: null,
      lossPercent: null,
    };
  }
  // A result that says what it is but has a field of the wrong kind is named with that field.
  const claimed = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const closest =
    claimed.type === 'result'
      ? { failed: o, what: 'Ookla speed test result' }
      : 'start' in claimed && 'end' in claimed
        ? { failed: i, what: 'iperf3 result' }
        : 'download' in claimed && 'ping' in claimed
          ? { failed: s, what: 'speedtest-cli result' }
          : undefined;
  if (closest?.failed.error)
    throw new ImportError('bad-value', plainIssue(closest.failed.error, { what: closest.what, input: raw }));
  throw new ImportError('not-speed-test');
}

/** The measured fields of a link record that a result sets; what it did not measure stays as it was. */
export function linkPatch(result: SpeedTestResult): {
  downMbps?: number;
  upMbps?: number;
  latencyMs?: number;
  jitterMs?: number;
  lossPercent?: number;
} {
  const entries = (['downMbps', 'upMbps', 'latencyMs', 'jitterMs', 'lossPercent'] as const).flatMap((k) =>
    result[k] === null ? [] : [[k, result[k]] as const],
  );
  return Object.fromEntries(entries);
}
