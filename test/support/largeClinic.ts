import type { AssessmentFacts } from '../../shared/rules/context';
import { sampleClinic } from '../../shared/sample/sampleClinic';

const osSpellings = [
  'Windows 10 Pro 22H2',
  'Windows 11 Pro 24H2',
  'Windows 7 Professional SP1',
  'Microsoft Windows XP Professional Service Pack 3',
  'Windows Embedded Standard 7 SP1',
  'Windows 10 Enterprise LTSC 2019',
  'Windows Server 2012 R2 Standard',
  'Windows Server 2019 Datacenter',
  'Ubuntu 18.04.6 LTS',
  'Windows 10 Pro 10.0.19044',
];

/** A big clinic for benchmarks: the sample's answers and links, with `assets` machines over `networks` networks. */
export function largeClinic(assets: number, networks: number): AssessmentFacts {
  let n = 0;
  const id = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const sample = sampleClinic(id, '2026-11-28');
  const template = sample.assets;
  const nets = Array.from({ length: networks }, (_, i) => ({
    id: id(),
    data: { ...sample.networks[i % sample.networks.length]!.data, name: `VLAN ${i + 1}` },
  }));
  const machines = Array.from({ length: assets }, (_, i) => {
    const base = template[i % template.length]!;
    return {
      id: id(),
      data: {
        ...base.data,
        name: `HOST-${i}`,
        osVersion: osSpellings[i % osSpellings.length]!,
        networkId: nets[i % networks]!.id,
      },
    };
  });
  return {
    assessmentDate: '2026-11-28',
    answers: new Map(sample.answers.map(([q, v]) => [q, v] as const)),
    assets: machines,
    networks: nets,
    vendorLinks: Array.from({ length: 20 }, (_, i) => ({
      id: id(),
      data: { ...sample.vendorLinks[i % 2]!.data, reachesNetworkIds: [nets[i % networks]!.id] },
    })),
    links: sample.links,
    applications: sample.applications,
    flows: sample.flows,
  };
}
