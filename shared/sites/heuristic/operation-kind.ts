/**
 * The kind an operation names (kind.ts): an `action` field, a remote
 * method's name (`methodname`, `wsfunction`), a GraphQL operation's name, or
 * the query string's mode, section or parent (`mode=reply`, `i=pm`,
 * `reply_to`).
 */
import { isRecord } from '../body';
import type { ParsedBody, PostKind } from '../types';
import { fieldValue, hasField } from './body-fields';
import { graphqlOperation } from './graphql';
import { FIELD_NAME_EXAMINED } from './names';
import { pathKind } from './path-kind';
import { examinedPath } from './paths';
import { ACTION_FIELD, WORK_ITEM_ID } from './words';

/** The kind an operation field names (`action=replyto-comment`), if any. */
export function actionKind(body: ParsedBody): PostKind | undefined {
  const action = fieldValue(body, ACTION_FIELD);
  if (action !== undefined) return kindOfAction(action);
  const method = methodName(body);
  if (method !== undefined) return operationKind(method) ?? (THREAD_POST_METHOD.test(method) ? 'reply' : undefined);
  const name = graphqlOperation(body)?.name;
  // Creating an "update" under a work item (monday.com's create_update with `item_id`) writes under the item, as a
  // comment; elsewhere an update may be a post (a school section's updates), so only with the item named.
  if (name !== undefined && name.length <= FIELD_NAME_EXAMINED && UPDATE_NOUN_OPERATION.test(name) && hasField(body, WORK_ITEM_ID)) return 'comment';
  return operationKind(name);
}
/** An operation creating an update (the noun): `create_update`, `createUpdate`, `addUpdate`, `postUpdate`. */
const UPDATE_NOUN_OPERATION = /^(?:create|add|post)_?update$/i;


/**
 * The method a remote call names: Moodle's AJAX batches
 * (`[{ index, methodname, args }]` to lib/ajax/service.php) and web services
 * (`wsfunction` to webservice/rest/server.php). Its words say the kind as an
 * operation's name does (`core_message_send_messages_to_conversation`).
 */
const METHOD_FIELD = /^(?:methodname|method_name|wsfunction)$/i;
/** A JSON-RPC call's method (`{ jsonrpc: '2.0', method: 'comments.create' }`, round t1), where `method` names no HTTP verb. */
function jsonRpcMethod(v: unknown): string | undefined {
  return isRecord(v) && typeof v['jsonrpc'] === 'string' && typeof v['method'] === 'string' ? v['method'] : undefined;
}
/** The method a remote call names (refuses.ts reads it too, for methods that save drafts, search or report). */
export function methodName(body: ParsedBody): string | undefined {
  if (body.type === 'json' && Array.isArray(body.value) && isRecord(body.value[0])) {
    const first = body.value[0];
    for (const key in first) if (METHOD_FIELD.test(key) && typeof first[key] === 'string') return first[key];
    // A JSON-RPC batch is read call by call (batches.ts); in an array that is not all calls, the first call's method
    // says nothing of the rest.
    return body.value.length === 1 ? jsonRpcMethod(first) : undefined;
  }
  if (body.type === 'json') {
    const rpc = jsonRpcMethod(body.value);
    if (rpc !== undefined) return rpc;
  }
  return fieldValue(body, METHOD_FIELD);
}
/** A post added to a discussion, thread or topic that exists (Moodle's `mod_forum_add_discussion_post`, with the post replied to). */
const THREAD_POST_METHOD = /(?:discussion|thread|topic)_?(?:post|entry|reply)$/i;

/** The kind an operation's name says (`replyto-comment`, `do_newreply`, vBulletin's `insertpm`), if any. */
function kindOfAction(action: string): PostKind | undefined {
  if (action.length > FIELD_NAME_EXAMINED) return undefined;
  if (/repl/i.test(action)) return 'reply';
  if (/comment/i.test(action)) return 'comment';
  if (/(?:^|[^a-z]|insert|send|new)(?:message|pm|dm)(?:$|[^a-z])|send_?message/i.test(action)) return 'message';
  return undefined;
}

/** Query parameters naming the operation of a forum's one-file endpoint (phpBB's posting.php?mode=reply). */
const QUERY_ACTION_PARAM = /^(?:action|op|operation|do|mode|task|cmd)$/i;
/** Query parameters naming the comment or post replied to. */
const QUERY_PARENT_PARAM = /^(?:in_)?reply_?to(?:_id)?$|^parent_?comment_?id$/i;
/** A query value saying "private messages" (phpBB's ucp.php?i=pm), under a key that names a module or section (not `slot=pm`). */
const QUERY_MESSAGE_VALUE = /^(?:private_?messages?|pms?|dms?)$/i;
const QUERY_SECTION_PARAM = /^(?:i|action|op|operation|do|mode|task|cmd|module|section|area|tab|folder|box|page)$/i;

/**
 * The kind the query string says, as an `action` field would (phpBB's
 * posting.php?mode=reply, vBulletin's private.php?do=insertpm), or a value
 * naming private messages (phpBB's ucp.php?i=pm&mode=compose). The first 20
 * parameters are looked at.
 */
export function queryKind(url: URL): PostKind | undefined {
  let n = 0;
  for (const [key, value] of url.searchParams) {
    if (++n > 20) break;
    if (QUERY_SECTION_PARAM.test(key) && QUERY_MESSAGE_VALUE.test(value)) return 'message';
    // A comment replied to, named in the query string (Menéame's backend/comment_ajax?reply_to={id}); 0 is none. A
    // bare `parent_id` names a parent comment only on a comment path: elsewhere a page's or category's parent.
    if ((QUERY_PARENT_PARAM.test(key) || (/^parent_?id$/i.test(key) && pathKind(examinedPath(url)) === 'comment')) && /^[1-9]\d{0,19}$/.test(value)) return 'reply';
    if (QUERY_ACTION_PARAM.test(key)) {
      const kind = kindOfAction(value);
      if (kind) return kind;
    }
  }
  return undefined;
}

const JOIN_OPERATION = /^(?:request_?to_?)?join(?:_?(?:events?|groups?|communit(?:y|ies)|teams?|clubs?|circles?|spaces?|organi[sz]ations?|projects?|networks?|servers?|wait_?list|waiting_?list))?$/i;
/**
 * The kind a GraphQL operation's name says, as an `action` field would, in
 * camelCase (no word boundaries to rely on): chat and messages first
 * (Twitch's `sendChatMessage`, a reply in chat included), then replies
 * (`AddReply`), then comments (Hashnode's `AddComment`).
 */
function operationKind(name: string | undefined): PostKind | undefined {
  if (name === undefined || name.length > FIELD_NAME_EXAMINED) return undefined;
  // A friendship request's or an invitation's note goes to one person (gutefrage.net's RequestFriendship `text`).
  // Only a friendship or a friend request: `CreatePostForFriends` or `ShareWithFriends` publish to many.
  // A response to a dispute goes to the other party (eBay's AddDisputeResponse `MessageText`, to the buyer).
  // A request to join, with a note (Mobilizon's JoinEvent `message`, round f1), goes to the organisers only: a name
  // that is a join of what one becomes a member of, not any name beginning with Join (`JoiningInstructionsUpdate`,
  // `JoinedEventsList`; round f1 review).
  if (/message|whisper|chat|conversation|friendship|friend_?request|invit|dispute|join_?request/i.test(name) || JOIN_OPERATION.test(name)) return 'message';
  // An answer to a question is a reply in its thread (gutefrage.net's CreateAnswer); a survey's, quiz's, poll's or
  // form's answers are no thread's (`SaveSurveyAnswers`).
  if (/repl/i.test(name) || (/answer/i.test(name) && !/survey|quiz|poll|form|questionnaire|feedback/i.test(name))) return 'reply';
  if (/comment/i.test(name)) return 'comment';
  return undefined;
}
