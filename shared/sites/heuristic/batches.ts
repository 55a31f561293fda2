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
 * JSON string. Its rpc ids are opaque and the same envelope carries searches,
 * autocomplete, assistant prompts and notes, so its calls are only opened when
 * the page it names (the `source-path` parameter pybatchexecute documents)
 * is one where something is published: a comment or reply page, or a
 * composer. Otherwise the form is read as any other form.
 *
 * A batch longer than the cap is read up to the cap, and what lies past it
 * is reported as unread: the words may be there.
 */
import { asJson, isRecord } from '../body';
import type { ParsedBody } from '../types';

/** At most this many operations of a batch are read (Apollo's default batchMax is 10); the cap bounds time. */
const MAX_BATCHED = 50;

function isOperation(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (v['jsonrpc'] === '2.0' && typeof v['method'] === 'string') return true;
  return typeof v['query'] === 'string' || (typeof v['operationName'] === 'string' && 'variables' in v);
}

/** The operations read from a batch, and whether some past the cap were left unread. */
export interface BatchedOperations {
  operations: ParsedBody[];
  cut: boolean;
}

/**
 * Segments of a batchexecute page (`source-path`) where something is published: comments, a reply, a composer. Not
 * `post`/`posts` (second review of t1): on Blogger `/blog/post/edit/…` is the author's editor, which saves drafts as
 * the author types, and `/blog/posts/…` the post list and its search; nor a page with an editor's or a draft's
 * segment. Google's review, Maps and Groups pages name none of these, so their calls are not opened.
 */
const PUBLISHING_PAGE = /^(?:comments?|repl(?:y|ies)|compose|publish)$/i;
const EDITOR_PAGE = /^(?:edit|drafts?)$/i;

function publishingPage(url: URL): boolean {
  const segments = url.searchParams.get('source-path')?.split('/') ?? [];
  return segments.some((segment) => PUBLISHING_PAGE.test(segment)) && !segments.some((segment) => EDITOR_PAGE.test(segment));
}

/** A batchexecute form's calls (`f.req`), each as `{ <rpcid>: args }`, or undefined. */
function batchexecuteCalls(body: ParsedBody, url: URL): BatchedOperations | undefined {
  if (body.type !== 'form' || !/\/data\/batchexecute$/.test(url.pathname) || !publishingPage(url)) return undefined;
  const envelope = asJson(body.fields.get('f.req'));
  const calls: unknown = Array.isArray(envelope) && Array.isArray(envelope[0]) ? envelope[0] : undefined;
  if (!Array.isArray(calls) || calls.length === 0) return undefined;
  const operations: ParsedBody[] = [];
  for (const call of calls.slice(0, MAX_BATCHED)) {
    if (!Array.isArray(call) || typeof call[0] !== 'string' || typeof call[1] !== 'string') return undefined;
    operations.push({ type: 'json', value: { [call[0]]: asJson(call[1]) } });
  }
  return { operations, cut: calls.length > MAX_BATCHED };
}

/** The operations of a batched body, each as a body of its own, or undefined when the body is not such a batch. */
export function batchedOperations(body: ParsedBody, url: URL): BatchedOperations | undefined {
  const calls = batchexecuteCalls(body, url);
  if (calls) return calls;
  if (body.type !== 'json' || !Array.isArray(body.value)) return undefined;
  const items = body.value;
  if (items.length === 0 || !items.every(isOperation)) return undefined;
  const operations = items.slice(0, MAX_BATCHED).map((value: unknown): ParsedBody => ({ type: 'json', value }));
  return { operations, cut: items.length > MAX_BATCHED };
}
