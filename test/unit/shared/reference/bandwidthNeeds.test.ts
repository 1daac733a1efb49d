import { describe, expect, it } from 'vitest';
import { bandwidthNeed, bandwidthVerdict } from '../../../../shared/reference/bandwidthNeeds';

const use = { staff: 10, cloudEmr: true, telehealthVisits: 2, vpnToParent: true };
const good = { downMbps: 100, upMbps: 40, latencyMs: 20, jitterMs: 3, lossPercent: 0 };

describe('bandwidth needs', () => {
  it('adds up office use, cloud EMR, telehealth and the VPN, line by line', () => {
    const need = bandwidthNeed(use);
    expect(need.lines.map((l) => [l.workload.id, l.count])).toEqual([
      ['office-user', 10],
      ['cloud-emr-user', 10],
      ['telehealth-visit', 2],
      ['vpn-to-parent', 1],
    ]);
    expect(need.downMbps).toBe(10 + 5 + 3 + 5);
    expect(need.upMbps).toBe(5 + 2.5 + 3 + 5);
  });

  it('leaves out what the clinic does not run', () => {
    expect(
      bandwidthNeed({ staff: 3, cloudEmr: false, telehealthVisits: 0, vpnToParent: false }).lines.map(
        (l) => l.workload.id,
      ),
    ).toEqual(['office-user']);
  });
});

describe('bandwidth verdict', () => {
  it('is sufficient with headroom and good quality', () => {
    const v = bandwidthVerdict(use, good);
    expect(v.verdict).toBe('sufficient');
    expect(v.reasons[0]).toBe('Download 100 Mbit/s covers the 23 Mbit/s needed.');
  });

  it('is marginal when capacity covers the need without headroom', () => {
    const v = bandwidthVerdict(use, { ...good, downMbps: 25, upMbps: 40 });
    expect(v.verdict).toBe('marginal');
    expect(v.reasons[0]).toBe('Download 25 Mbit/s covers the 23 Mbit/s needed with less than 25 % headroom.');
  });

  it('is insufficient when either direction is below the need (thin DSL upload)', () => {
    const v = bandwidthVerdict(use, { ...good, downMbps: 18.5, upMbps: 1.2 });
    expect(v.verdict).toBe('insufficient');
    expect(v.reasons).toContain('Upload 1.2 Mbit/s is below the 15.5 Mbit/s needed.');
  });

  it('fails video on jitter when telehealth runs, and only warns without it', () => {
    expect(bandwidthVerdict(use, { ...good, jitterMs: 45 }).verdict).toBe('insufficient');
    expect(bandwidthVerdict({ ...use, telehealthVisits: 0 }, { ...good, jitterMs: 45 }).verdict).toBe('marginal');
  });

  it('is unknown without a measurement', () => {
    expect(bandwidthVerdict(use, undefined).verdict).toBe('unknown');
    expect(bandwidthVerdict(use, { ...good, upMbps: null }).verdict).toBe('unknown');
  });
});
