/** What nmap says of a host's operating system: its matches, each with the classes (type, vendor, family, generation) it belongs to. */
export interface NmapOsClass {
  vendor: string;
  family: string;
  generation: string;
  type: string;
  accuracy: number;
}

export interface NmapOsMatch {
  name: string;
  accuracy: number;
  classes: NmapOsClass[];
}
