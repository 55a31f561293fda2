/**
 * Batched operations (round t1): a JSON array of GraphQL operations (Apollo's
 * BatchHttpLink sends `[{ operationName, variables, query }, …]` to one
 * endpoint) or of JSON-RPC 2.0 calls (the specification's batch,
 * `[{ jsonrpc, method, params, id }, …]`). Each is read as if it had been sent
 * alone (index.ts), so a batch publishes what one of its operations does: a
 * query beside a mutation says nothing of the mutation, and a mutation's name
 * gives its own kind. Google's batchexecute (its web clients' one endpoint,
 * /_/<App>/data/batchexecute, as pndurette/pybatchexecute describes it) sends
 * its calls in a form field, `f.req=[[[rpcid, argsAsJson, null, tag], …]]`:
 * each call is read as `{ <rpcid>: args }`, its arguments parsed from their
 * JSON string.
 */
import { asJson, isRecord } from '../body';
import type { ParsedBody } from '../types';

/** At most this many operations of a batch are read (Apollo's default batchMax is 10). */
const MAX_BATCHED = 50;

function isOperation(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (v['jsonrpc'] === '2.0' && typeof v['method'] === 'string') return true;
  return typeof v['query'] === 'string' || (typeof v['operationName'] === 'string' && 'variables' in v);
}

/** A batchexecute form's calls (`f.req`), each as `{ <rpcid>: args }`, or undefined. */
function batchexecuteCalls(body: ParsedBody): ParsedBody[] | undefined {
  if (body.type !== 'form') return undefined;
  const envelope = asJson(body.fields.get('f.req'));
  const calls: unknown = Array.isArray(envelope) && Array.isArray(envelope[0]) ? envelope[0] : undefined;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_BATCHED) return undefined;
  const out: ParsedBody[] = [];
  for (const call of calls) {
    if (!Array.isArray(call) || typeof call[0] !== 'string' || typeof call[1] !== 'string') return undefined;
    out.push({ type: 'json', value: { [call[0]]: asJson(call[1]) } });
  }
  return out;
}

/** The operations of a batched body, each as a body of its own, or undefined when the body is not such a batch. */
export function batchedOperations(body: ParsedBody): ParsedBody[] | undefined {
  const calls = batchexecuteCalls(body);
  if (calls) return calls;
  if (body.type !== 'json' || !Array.isArray(body.value)) return undefined;
  const items = body.value;
  if (items.length === 0 || items.length > MAX_BATCHED || !items.every(isOperation)) return undefined;
  return items.map((value: unknown): ParsedBody => ({ type: 'json', value }));
}
