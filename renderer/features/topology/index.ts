/** The topology feature as other features see it: the reachability section and its data, shown on the Findings page. Other features import only from here. */
export { ReachabilitySection } from './ReachabilitySection';
export { useZoneReachability } from './useZoneReachability';
