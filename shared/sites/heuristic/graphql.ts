/**
 * The GraphQL operation a body carries: its type (a query publishes nothing)
 * and its name, which says what a mutation or persisted operation does, both
 * for what publishes nothing (refuses.ts, quiet-operations.ts) and for what
 * kind a post is (operation-kind.ts); and a mutation's arguments written
 * inline in its document, read as if sent as variables (withInlineArguments).
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';

/**
 * A GraphQL document's head: an operation keyword, then within 200 characters
 * (its name and variables) the selection's `{`. A contact form's `query:
 * "subscription"` is no document. Tested on the first 300 characters only.
 */
const GRAPHQL_HEAD = /^\s*(query|mutation|subscription)\b[^{]{0,200}\{/;
/** How far into a document an operation named by `operationName` is looked for. */
const GRAPHQL_NAME_EXAMINED = 4096;
/** A GraphQL name (the only names an operation may have). */
const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * The GraphQL operation a body carries (`{ query, variables, operationName }`,
 * Hashnode's gql.hashnode.com). A body is GraphQL only when it has
 * `variables` or `operationName`, or its `query` is a document that starts
 * with an operation keyword and its selection; a shorthand document (`{ … }`)
 * counts only beside `variables` or `operationName`. The type is the named
 * operation's when `operationName` is set (a document may hold several; the
 * first GRAPHQL_NAME_EXAMINED characters are searched), else the first
 * operation's; `unknown` when it cannot be told. Only a `query` reads; a
 * mutation's name says what it does. Undefined when the body is not GraphQL.
 */
export function graphqlOperation(body: ParsedBody): { type: string; name: string | undefined } | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const doc = body.value['query'];
  const operationName = typeof body.value['operationName'] === 'string' ? body.value['operationName'] : undefined;
  const hasMeta = operationName !== undefined || (body.value['variables'] !== undefined && body.value['variables'] !== null);
  if (typeof doc !== 'string') {
    // A persisted operation (the document stored on the server, named only): Twitch's web client sends chat as
    // { operationName: 'sendChatMessage', variables, extensions: { persistedQuery } } to gql.twitch.tv. Its type is
    // unknown; its name still says what it does.
    const persisted = operationName !== undefined && (isRecord(body.value['variables']) || isRecord(body.value['extensions']));
    return persisted ? { type: 'persisted', name: operationName } : undefined;
  }
  const head = doc.slice(0, 300);
  if (head.trimStart().startsWith('{')) return hasMeta ? { type: 'query', name: operationName } : undefined;
  const m = GRAPHQL_HEAD.exec(head);
  if (!m) return hasMeta ? { type: 'unknown', name: operationName } : undefined;
  if (operationName === undefined) {
    const named = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]{0,99})/.exec(head);
    // An unnamed mutation (`mutation { create_update(…) }`, as monday.com's examples write it) is named by the
    // field it selects, which says what it does as an operation's name would.
    // Its alias skipped (`mutation { memo: createPatientMemo(…) }`; r21 review M8, topLevelFields). So is one
    // unnamed but with variables (`mutation ($input: …) { commentCreate(…) }`, Linear's; fs1 review's aside).
    const field = named || m[1] !== 'mutation' || !/^\s*mutation\s*[({]/.test(head) ? undefined : topLevelFields(head)?.fields[0];
    return { type: m[1]!, name: named?.[1] ?? field };
  }
  if (!GRAPHQL_NAME.test(operationName)) return { type: 'unknown', name: operationName };
  const op = new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).exec(doc.slice(0, GRAPHQL_NAME_EXAMINED));
  return { type: op ? op[1]! : 'unknown', name: operationName };
}

/** How much of a document's head is read for its top-level fields. */
const FIELDS_EXAMINED = 400;
/** At most this many top-level fields are named. */
const FIELDS_MAX = 8;
/**
 * A document's first operation and the fields it selects at its top level (review of round r21, M8): `#` comment
 * lines dropped, an alias's `name:` skipped (`memo: createPatientMemo(…)`), arguments and sub-selections passed over
 * (strings in them too), within the first FIELDS_EXAMINED characters. One reader for what a mutation writes when its
 * name does not say it (an unnamed mutation, a persisted name, a second field after the first).
 */
export function topLevelFields(doc: string): { type: string; fields: string[] } | undefined {
  const head = doc.slice(0, FIELDS_EXAMINED).replace(/#[^\n]*/g, '');
  const m = GRAPHQL_HEAD.exec(head);
  if (!m) return undefined;
  const fields: string[] = [];
  let i = m[0].length;
  let depth = 0;
  while (i < head.length && fields.length < FIELDS_MAX) {
    const c = head[i]!;
    if (c === '"') {
      // A string (an inline argument's): passed over to its closing quote.
      i++;
      while (i < head.length && head[i] !== '"') i += head[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(' || c === '{') {
      depth++;
      i++;
    } else if (c === ')' || c === '}') {
      if (depth === 0) break;
      depth--;
      i++;
    } else if (depth === 0 && /[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]{0,99}/.exec(head.slice(i, i + 100))![0];
      i += word.length;
      const alias = /^\s*:\s*/.exec(head.slice(i, i + 40));
      if (alias) continue; // the field's name follows its alias
      fields.push(word);
    } else i++;
  }
  return { type: m[1]!, fields };
}

/** How much of a document is scanned for arguments written inline. */
const INLINE_EXAMINED = 16_384;
/** At most this many inline arguments are read. */
const INLINE_MAX = 50;
/** An argument written inline: a name, then a string (quoted or a block string), a number or a boolean. */
const INLINE_ARGUMENT = /([A-Za-z_][A-Za-z0-9_]{0,99})\s*:\s*("""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|-?\d{1,20}(?![\w.])|true|false)/g;

/**
 * A mutation whose arguments are written in its document rather than in
 * `variables` (monday.com's `mutation { create_update (item_id: 1, body:
 * "…") { id } }`, Linear's `commentCreate(input: { issueId: "…", body: "…" })`,
 * as their references write them): the body as if those arguments had been
 * sent as variables, so their words are read and their ids named (a
 * `parent_id` is a parent, an `item_id` what is written under). Strings,
 * numbers and booleans are read, nested input objects flattened; the names
 * given in `variables` win. Other bodies are returned as they are.
 */
export function withInlineArguments(body: ParsedBody): ParsedBody {
  const op = graphqlOperation(body);
  if (op === undefined || op.type !== 'mutation' || body.type !== 'json' || !isRecord(body.value)) return body;
  const doc = body.value['query'];
  if (typeof doc !== 'string') return body;
  const args: Record<string, unknown> = {};
  let n = 0;
  for (const m of doc.slice(0, INLINE_EXAMINED).matchAll(INLINE_ARGUMENT)) {
    if (++n > INLINE_MAX) break;
    const raw = m[2]!;
    let value: unknown;
    if (raw.startsWith('"""')) value = raw.slice(3, -3).trim();
    else if (raw.startsWith('"')) {
      try {
        value = JSON.parse(raw);
      } catch {
        continue;
      }
    } else value = raw === 'true' ? true : raw === 'false' ? false : raw;
    if (!(m[1]! in args)) args[m[1]!] = value;
  }
  if (n === 0) return body;
  const given = body.value['variables'];
  return { type: 'json', value: { ...body.value, variables: isRecord(given) ? { ...args, ...given } : args } };
}
