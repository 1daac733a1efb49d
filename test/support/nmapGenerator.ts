/**
 * A large nmap -O -sV scan, written the way nmap 7 writes it: `hosts` live hosts over
 * /24 networks, with MAC vendors, open ports and services, and OS matches. Yields the
 * XML piece by piece, so benchmarks can stream it to disk without holding it.
 */
const oses = [
  ['Microsoft Windows 7 Professional SP1', 'Microsoft', 'Windows', '7', 'general purpose'],
  ['Microsoft Windows 10 1809 - 21H2', 'Microsoft', 'Windows', '10', 'general purpose'],
  ['Microsoft Windows Server 2012 R2', 'Microsoft', 'Windows', '2012', 'general purpose'],
  ['Linux 4.15 - 5.19', 'Linux', 'Linux', '4.X', 'general purpose'],
  ['Cisco IOS 15.X', 'Cisco', 'IOS', '15.X', 'switch'],
  ['Wind River VxWorks 6.9', 'Wind River', 'VxWorks', '6.X', 'specialized'],
] as const;
const vendors = [
  'Dell',
  'Hewlett Packard',
  'Intel Corporate',
  'GE Healthcare',
  'Philips Medical Systems',
  'Cisco Systems',
  'Baxter Healthcare',
];
const services = [
  [22, 'ssh', 'OpenSSH', '8.9p1'],
  [80, 'http', 'Apache httpd', '2.4.57'],
  [104, 'dicom', '', ''],
  [135, 'msrpc', 'Microsoft Windows RPC', ''],
  [139, 'netbios-ssn', '', ''],
  [443, 'https', 'nginx', '1.24.0'],
  [445, 'microsoft-ds', '', ''],
  [3389, 'ms-wbt-server', 'Microsoft Terminal Services', ''],
  [5900, 'vnc', 'VNC', 'protocol 3.8'],
] as const;

/** What -sC scripts print: a certificate summary, as long as nmap's usually are. */
function script(i: number, port: number): string {
  const lines = [
    `Subject: commonName=host-${i}.clinic.local/organizationName=Clinic/countryName=US`,
    'Subject Alternative Name: DNS:host.clinic.local',
    'Issuer: commonName=Clinic Internal CA/organizationName=Clinic',
    'Public Key type: rsa',
    'Public Key bits: 2048',
    'Signature Algorithm: sha256WithRSAEncryption',
    'Not valid before: 2024-01-15T00:00:00',
    'Not valid after:  2027-01-15T00:00:00',
    `MD5:   ${'ab12'.repeat(8)}`,
    `SHA-1: ${'cd34'.repeat(10)}`,
  ];
  return `<script id="ssl-cert" output="${lines.join('&#xa;')}&#xa;${'-'.repeat(64)}&#xa;${'MIIDdzCCAl+gAwIBAgIJAK'.repeat(12)}"><elem key="port">${port}</elem></script>`;
}

function host(i: number): string {
  const [name, vendor, family, gen, type] = oses[i % oses.length]!;
  const ip = `10.${20 + Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}`;
  const mac = [
    '00',
    '1B',
    ...[i >> 16, (i >> 8) & 255, i & 255, 7].map((n) => n.toString(16).padStart(2, '0').toUpperCase()),
  ].join(':');
  const ports = services.filter((_, k) => (i + k) % 3 === 0);
  return `<host starttime="1795900000" endtime="1795900042"><status state="up" reason="arp-response" reason_ttl="0"/>
<address addr="${ip}" addrtype="ipv4"/>
<address addr="${mac}" addrtype="mac" vendor="${vendors[i % vendors.length]}"/>
<hostnames><hostname name="host-${i}.clinic.local" type="PTR"/></hostnames>
<ports><extraports state="closed" count="${1000 - ports.length}"><extrareasons reason="resets" count="${1000 - ports.length}"/></extraports>
${ports.map(([port, service, product, version]) => `<port protocol="tcp" portid="${port}"><state state="open" reason="syn-ack" reason_ttl="128"/><service name="${service}"${product ? ` product="${product}"` : ''}${version ? ` version="${version}"` : ''} method="probed" conf="10"><cpe>cpe:/a:${service}</cpe></service>${script(i, port)}</port>`).join('\n')}
</ports>
<os><portused state="open" proto="tcp" portid="${ports[0]?.[0] ?? 22}"/>
<osmatch name="${name}" accuracy="96" line="${1000 + i}"><osclass type="${type}" vendor="${vendor}" osfamily="${family}" osgen="${gen}" accuracy="96"><cpe>cpe:/o:${vendor.toLowerCase()}</cpe></osclass></osmatch>
<osmatch name="${oses[(i + 1) % oses.length]![0]}" accuracy="90" line="${2000 + i}"><osclass type="general purpose" vendor="Microsoft" osfamily="Windows" osgen="10" accuracy="90"/></osmatch>
<osfingerprint fingerprint="OS:SCAN(V=7.94%E=4%D=11/28%OT=22%CT=1%CU=40000%PV=Y%DS=1%DC=D%G=Y%M=001B${i.toString(16)}%TM=6566A1B2%P=x86_64-pc-linux-gnu)SEQ(SP=104%GCD=1%ISR=10A%TI=I%CI=I%II=I%SS=S%TS=A)OPS(O1=M5B4NW8ST11%O2=M5B4NW8ST11%O3=M5B4NW8NNT11%O4=M5B4NW8ST11%O5=M5B4NW8ST11%O6=M5B4ST11)WIN(W1=2000%W2=2000%W3=2000%W4=2000%W5=2000%W6=2000)ECN(R=Y%DF=Y%T=80%W=2000%O=M5B4NW8NNS%CC=N%Q=)T1(R=Y%DF=Y%T=80%S=O%A=S+%F=AS%RD=0%Q=)T2(R=Y%DF=Y%T=80%W=0%S=Z%A=S%F=AR%O=%RD=0%Q=)T3(R=Y%DF=Y%T=80%W=0%S=Z%A=O%F=AR%O=%RD=0%Q=)&#xa;"/>
</os>
<uptime seconds="${86400 + i}" lastboot="Fri Nov 27 02:00:00 2026"/>
<distance value="1"/>
<times srtt="512" rttvar="200" to="100000"/>
</host>
`;
}

/** A host as `lean` writes it: without the -sC script output and the OS fingerprint, which the import never keeps. */
const lean = (xml: string) => xml.replace(/<script [^]*?<\/script>/g, '').replace(/<osfingerprint [^>]*\/>\n/, '');

/** `lean`: a third of the size (about 1.6 kB a host), for tests that pass the file through a page. */
export function* nmapScanXml(hosts: number, options: { lean?: boolean } = {}): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n<nmaprun scanner="nmap" args="nmap -O -sV -oX scan.xml 10.20.0.0/16" start="1795900000" startstr="Sat Nov 28 02:00:00 2026" version="7.94" xmloutputversion="1.05">\n<scaninfo type="syn" protocol="tcp" numservices="1000" services="1-1000"/>\n`;
  for (let i = 0; i < hosts; i++) yield options.lean ? lean(host(i)) : host(i);
  yield `<runstats><finished time="1795903600" timestr="Sat Nov 28 03:00:00 2026" elapsed="3600" exit="success"/><hosts up="${hosts}" down="0" total="${hosts}"/></runstats>\n</nmaprun>\n`;
}
