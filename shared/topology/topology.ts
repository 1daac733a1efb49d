/**
 * The topology the rules ask questions of: built once per evaluation from the recorded
 * zones, assets, vendor links and flows (older networks' "can reach" fields included).
 */
import { buildGraph, type Graph, type TopologyInput } from './graph';
import { Reachability } from './reach';

export interface Topology {
  graph: Graph;
  reach: Reachability;
}

export function buildTopology(input: TopologyInput): Topology {
  const graph = buildGraph(input);
  return { graph, reach: new Reachability(graph) };
}
