/**
 * Pinterest (www.pinterest.com and its country domains).
 *
 * Request shapes, from bstoilov/py3-pinterest (py3pin/Pinterest.py pin,
 * upload_pin, comment, send_message, initiate_conversation;
 * py3pin/RequestBuilder.py buildPost) and the Pinterest clients in the code
 * index that call the same resources (also under /_ngjs/resource/):
 * - POST /resource/{Name}Resource/{create|update}/ as a form: `source_url`,
 *   `data` = JSON `{ options, context }`. The words sit in `options`, inside
 *   a JSON string inside a form field: the unknown-site heuristic, which
 *   skips JSON-looking values, never reads them.
 * - PinResource/create `{ board_id, title, description, link, image_url |
 *   upload_id, alt_text, section }`: a pin, published with its title and
 *   description. PinResource/update: an edit of them. StoryPinResource/create
 *   (an idea pin or video pin) `{ description, link, story_pin: JSON with
 *   metadata.pin_title and pages }`: a pin, with that title.
 * - AggregatedCommentResource/create `{ objectId, pinId, text, tags }` (and
 *   the older PinCommentResource/create `{ pin_id, text }`): a comment on a pin.
 * - ConversationMessagesResource/create `{ conversation_id, text, pin? }`, and
 *   ConversationsResource/create when it carries a first `text`: a message.
 * Not posts: RepinResource (saving someone's pin, no words of one's own),
 * PinLikeResource, AggregatedCommentLikeResource, UserFollowResource,
 * BoardFollowResource, ConversationsResource/create without text (opening
 * a conversation), searches. Pinterest's other resources go to the heuristic.
 */
import { asJson, at, field, isRecord, isStructured, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

const RESOURCE = /^(?:\/_ngjs)?\/resource\/(Pin|StoryPin|AggregatedComment|PinComment|ConversationMessages|Conversations)Resource\/(create|update)\/?$/;

function options(ctx: EndpointContext): Record<string, unknown> | undefined {
  const data = ctx.body.type === 'json' ? ctx.body.value : isStructured(ctx.body) ? asJson(field(ctx.body, 'data')) : undefined;
  const opts = at(data, 'options');
  return isRecord(opts) ? opts : undefined;
}

function joinParts(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
}

function parseResource(ctx: EndpointContext): EndpointResult {
  const m = RESOURCE.exec(ctx.url.pathname)!;
  const name = m[1]!;
  const update = m[2] === 'update';
  const kind: PostKind = name === 'Pin' || name === 'StoryPin' ? 'post' : name === 'ConversationMessages' || name === 'Conversations' ? 'message' : 'comment';
  const opts = options(ctx);
  if (!opts) return name === 'Conversations' ? { post: false } : { post: true, kind, text: null };
  if (kind === 'post') {
    const title = str(opts['title']) ?? str(at(opts['story_pin'], 'metadata', 'pin_title'));
    const description = str(opts['description']);
    if (update && title === undefined && description === undefined) return { post: false };
    return { post: true, kind, text: joinParts([title, description]) };
  }
  const text = str(opts['text']);
  if (name === 'Conversations' && (text === undefined || text === '')) return { post: false }; // opening a conversation
  return { post: true, kind, text: text ?? (opts['pin'] !== undefined ? '' : null) };
}

export const pinterest: SiteAdapter = {
  id: 'pinterest',
  hosts: [
    'pinterest.com', 'pinterest.co.uk', 'pinterest.ca', 'pinterest.com.au', 'pinterest.de', 'pinterest.fr', 'pinterest.es',
    'pinterest.it', 'pinterest.pt', 'pinterest.at', 'pinterest.ch', 'pinterest.ie', 'pinterest.nz', 'pinterest.jp',
    'pinterest.com.mx', 'pinterest.se', 'pinterest.dk', 'pinterest.cl', 'pinterest.ph',
  ],
  siteFor: () => 'pinterest.com',
  heuristicFallback: true,
  endpoints: [
    { name: 'pinterest.resource', methods: ['POST', 'PUT'], path: RESOURCE, parse: parseResource },
    {
      name: 'pinterest.quiet',
      methods: ['POST', 'PUT'],
      path: /^(?:\/_ngjs)?\/resource\/(?:Repin|PinLike|AggregatedCommentLike|UserFollow|BoardFollow)Resource\/(?:create|update|delete)\/?$/,
      publishes: false,
      parse: () => ({ post: false }),
    },
  ],
};
