/** The topology feature as the rest of the app sees it: the reachability section and its data, shown on the Findings page. Other code imports only from here. */
export { ReachabilitySection } from './ReachabilitySection';
export { useZoneReachability } from './useZoneReachability';
