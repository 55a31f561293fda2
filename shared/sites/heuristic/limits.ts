/**
 * How much of a body the heuristic reads: larger bodies are uploads or
 * telemetry batches, and a walk of a body is bounded in nodes and depth so
 * that no body costs more than a bounded one. A body that runs out of nodes
 * before any prose is found is undecided, not "not a post"
 * (longest-field.ts).
 */

/** Bodies larger than this are not scanned by the heuristic (uploads, telemetry batches). */
export const HEURISTIC_MAX_BODY = 256 * 1024;
export const MAX_NODES = 2000;
/** Deep enough for a Slate document's leaves (Guilded: content.document.nodes[].nodes[].leaves[].text). */
export const MAX_DEPTH = 12;
