/**
 * JMAP (RFC 8620, mail in RFC 8621, contacts in RFC 9610): one POST to the
 * server's API URL carries a list of method calls, each `[name, arguments,
 * callId]`, and declares the capabilities it uses (`urn:ietf:params:jmap:…`).
 * A protocol's rule, not a host's: Fastmail's web client and every open JMAP
 * client speak it (round m1). Mail is sent only by `EmailSubmission/set`
 * creating a submission; `Email/set` alone stores a message (a draft as it is
 * typed, a flag, a move between mailboxes), and the address-book and mailbox
 * methods publish nothing.
 */
import { isRecord } from '../body';
import type { ParsedBody } from '../types';

const JMAP_CAPABILITY = /^urn:ietf:params:jmap:/;
/** Data types whose methods store mail or contacts and send nothing. */
const STORING_TYPE = /^(?:Email|Mailbox|Thread|SearchSnippet|Identity|ContactCard|AddressBook|Core|VacationResponse|SieveScript|PushSubscription|Quota)$/;
const MAX_CALLS = 50;

function methodCalls(body: ParsedBody): [string, unknown][] | undefined {
  if (body.type !== 'json' || !isRecord(body.value)) return undefined;
  const { using, methodCalls: calls } = body.value;
  if (!Array.isArray(using) || !using.some((u) => typeof u === 'string' && JMAP_CAPABILITY.test(u))) return undefined;
  if (!Array.isArray(calls) || calls.length === 0 || calls.length > MAX_CALLS) return undefined;
  const out: [string, unknown][] = [];
  for (const call of calls) {
    if (!Array.isArray(call) || typeof call[0] !== 'string') return undefined;
    out.push([call[0], call[1]]);
  }
  return out;
}
/** Whether a JMAP request submits mail for sending (`EmailSubmission/set` with something created). */
export function jmapSubmits(body: ParsedBody): boolean {
  return (methodCalls(body) ?? []).some(
    ([name, args]) => name === 'EmailSubmission/set' && isRecord(args) && isRecord(args.create) && Object.keys(args.create).length > 0,
  );
}
/** Whether a JMAP request only stores mail or contacts: every call on a storing data type, and no submission. */
export function jmapOnlyStores(body: ParsedBody): boolean {
  const calls = methodCalls(body);
  if (calls === undefined || jmapSubmits(body)) return false;
  return calls.every(([name]) => STORING_TYPE.test(name.split('/')[0] ?? ''));
}
/**
 * Whether a JMAP request sends only drafts saved earlier: every submission it creates names its message by a stored
 * id (`emailId: "M123"`), none by a creation in the same request (`"#draft"`), so the words are not in it.
 */
export function jmapSendsSaved(body: ParsedBody): boolean {
  let saved = false;
  for (const [name, args] of methodCalls(body) ?? []) {
    if (name !== 'EmailSubmission/set' || !isRecord(args) || !isRecord(args.create)) continue;
    for (const key in args.create) {
      const emailId = (args.create[key] as Record<string, unknown> | undefined)?.emailId;
      if (typeof emailId !== 'string' || emailId.startsWith('#')) return false;
      saved = true;
    }
  }
  return saved;
}
