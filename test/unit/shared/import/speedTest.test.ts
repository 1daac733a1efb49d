import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from '../../../support/fixtureFiles';
import { ImportError } from '../../../../shared/import/importErrors';
import { linkPatch, parseSpeedTest } from '../../../../shared/import/speedTest';

const fixture = (name: string) => readFileSync(fixtureFile('speedtest', name), 'utf8');

describe('speed-test results', () => {
  it('iperf3 -J -R: the download the link carried, as received', () => {
    const r = parseSpeedTest(fixture('iperf3-reverse.json'));
    expect(r).toMatchObject({ source: 'iperf3', downMbps: 18.56, upMbps: null });
    expect(linkPatch(r)).toEqual({ downMbps: 18.56 });
  });

  it('iperf3 without -R measures the upload; UDP adds jitter and loss', () => {
    const up = {
      start: { test_start: { reverse: 0, protocol: 'UDP' } },
      end: { sum: { bits_per_second: 1_200_000, jitter_ms: 35.2, lost_percent: 1.5 } },
    };
    expect(parseSpeedTest(JSON.stringify(up))).toMatchObject({
      downMbps: null,
      upMbps: 1.2,
      jitterMs: 35.2,
      lossPercent: 1.5,
    });
  });

  it('iperf3 --bidir -J: both directions, the upload as the server received it and the download as we did', () => {
    const r = parseSpeedTest(fixture('iperf3-bidir.json'));
    expect(r).toMatchObject({ source: 'iperf3', upMbps: 19.57, downMbps: 94.16 });
    expect(linkPatch(r)).toEqual({ upMbps: 19.57, downMbps: 94.16 });
  });

  it('iperf3 -P 4 -J: the four streams together, from the summary or, without one, from the streams', () => {
    expect(parseSpeedTest(fixture('iperf3-parallel.json'))).toMatchObject({ upMbps: 19.46, downMbps: null });
    const run = JSON.parse(fixture('iperf3-parallel.json')) as { end: Record<string, unknown> };
    delete run.end.sum_received;
    expect(parseSpeedTest(JSON.stringify(run))).toMatchObject({ upMbps: 19.46, downMbps: null });
  });

  it("iperf3's own error text is the message, not a guess", () => {
    expect(() => parseSpeedTest(fixture('iperf3-error.json'))).toThrow(
      'The speed test itself failed (“iperf3 said: unable to connect to server: Connection refused”), so nothing was saved.',
    );
    const ookla = {
      type: 'log',
      timestamp: '2026-11-30T09:12:31Z',
      message: 'Configuration - Could not retrieve or read configuration (ConfigurationError)',
      level: 'error',
    };
    expect(() => parseSpeedTest(JSON.stringify(ookla))).toThrow(/speedtest said: Configuration - Could not retrieve/);
  });

  it('Ookla speedtest -f json: bandwidth in bytes per second, ping, jitter, loss and the ISP', () => {
    expect(parseSpeedTest(fixture('ookla.json'))).toEqual({
      source: 'Ookla speedtest',
      isp: 'Valley DSL',
      downMbps: 18.5,
      upMbps: 1.2,
      latencyMs: 48.23,
      jitterMs: 34.81,
      lossPercent: 1.5,
    });
  });

  it('speedtest-cli --json: bits per second and ping', () => {
    expect(parseSpeedTest(fixture('speedtest-cli.json'))).toEqual({
      source: 'speedtest-cli',
      isp: 'Valley DSL',
      downMbps: 18.53,
      upMbps: 1.19,
      latencyMs: 47.61,
      jitterMs: null,
      lossPercent: null,
    });
  });

  it.each([
    ['not JSON', 'speedtest: command not found'],
    ['another JSON', '{"hello": "world"}'],
    ['a negative speed', '{"download": -5, "upload": 1, "ping": 3}'],
    ['a prototype trick', '{"__proto__": {"download": 5}, "upload": 1, "ping": 3}'],
  ])('refuses %s', (_label, text) => {
    expect(() => parseSpeedTest(text)).toThrow(ImportError);
  });
});
