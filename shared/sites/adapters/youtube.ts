/**
 * YouTube (www/m/music.youtube.com and youtubei.googleapis.com, through the
 * "InnerTube" API its clients use; the public Data API on googleapis.com).
 *
 * Request shapes:
 * - LuanRT/YouTube.js (src/parser/classes/endpoints/CreateCommentEndpoint.ts,
 *   src/core/managers/InteractionManager.ts comment(), src/parser/youtube/LiveChat.ts
 *   sendMessage): POST /youtubei/v1/comment/create_comment `{ context,
 *   commentText, createCommentParams }` (a comment); the older
 *   /comment/create_comment_reply `{ commentText, createReplyParams }` (a
 *   reply); /comment/update_comment and /update_comment_reply (edits);
 *   POST /youtubei/v1/live_chat/send_message `{ richMessage: { textSegments:
 *   [{ text }] } }` (a live chat message); /backstage/create_post
 *   `{ commentText }` (a community post).
 * - The Data API (developers.google.com/youtube/v3/docs, commentThreads.insert,
 *   comments.insert, comments.update): POST /youtube/v3/commentThreads
 *   `{ snippet: { videoId, topLevelComment: { snippet: { textOriginal } } } }`,
 *   POST /youtube/v3/comments `{ snippet: { parentId, textOriginal } }` (a reply),
 *   PUT /youtube/v3/comments (an edit).
 * - Live chat through the Data API (google-api-python-client
 *   docs/dyn/youtube_v3.liveChatMessages.html "insert"; gogol-youtube
 *   LiveChatMessages.Insert): POST /youtube/v3/liveChat/messages?part=snippet
 *   `{ snippet: { liveChatId, type: 'textMessageEvent', textMessageDetails:
 *   { messageText } } }` (a live chat message). Other snippet types
 *   (super chats, polls) carry no text of the sender's here.
 * - Videos through the Data API (recheck round r3: tokland/youtube-upload,
 *   which calls google-api-python-client's videos().insert(part="snippet,status"),
 *   and developers.google.com videos/update and the resumable upload guide):
 *   POST /upload/youtube/v3/videos?uploadType=resumable&part=snippet,status
 *   `{ snippet: { title, description }, status: { privacyStatus } }` starts an
 *   upload, PUT /youtube/v3/videos?part=snippet edits one; the title and
 *   description are what is published (a private upload is not a post, and the
 *   session's byte requests with `upload_id` are not read).
 * Not posts: /comment/perform_comment_action (likes), /like/like,
 * /subscription/subscribe, /search, /browse, /next, /player, /log_event and
 * /api/stats (telemetry).
 * Recheck round r5 (tests/fixtures/requests/youtube/r5b-*), read right the
 * first time: replies from YouTube Studio (studio.youtube.com/youtubei/v1/…),
 * googleapis (Node)'s youtube.googleapis.com root (commentThreads.insert,
 * liveChatMessages.insert), a scheduler's resumable upload
 * (gitroomhq/postiz-app youtube.provider.ts); playlist/create and
 * comments.setModerationStatus are not posts.
 *
 * Recheck round r7 (tests/fixtures/requests/youtube/r7-*), read right the
 * first time: the Android InnerTube client on youtubei.googleapis.com (yt-dlp's
 * client context); its likes are not posts.
 *
 * Recheck round r8a (tests/fixtures/requests/youtube/r8a-*): a Data API upload
 * kept private with `status.publishAt` (developers.google.com videos
 * resource; porjo/youtubeuploader) is a scheduled post, not a private one;
 * YouTube Studio's own upload, POST studio.youtube.com/youtubei/v1/upload/createvideo
 * `{ initialMetadata: { title: { newTitle }, description: { newDescription },
 * privacy: { newPrivacy }, draftState: { isDraft } } }` (Studio upload scripts in
 * the code index), is a post unless private or a draft. Read right the first
 * time: google-api-go-client commentThreads, and videos.rate,
 * comments.markAsSpam, liveChatBans, thumbnails.set and playlistItems (not
 * posts). A one-request multipart/related videos.insert (google-api-python-client
 * without resumable uploads) is read from its first, unnamed JSON part (body.ts).
 *
 * Review of rounds r8a and r8b (youtube/r8rev-*): an empty `publishAt` on a
 * private upload schedules nothing (still not a post); Studio's createvideo
 * without a `privacy` object is not a post, for the reason given beside it.
 *
 * Round t1 (youtube/t1-*, transports): a Data API batch (multipart/mixed to
 * www.googleapis.com/batch/youtube/v3, developers.google.com "Send batch
 * requests") carries whole requests in `application/http` parts; index.ts
 * decides each as if sent alone, so a commentThreads.insert inside one is read
 * here, and a batch of ratings and reads is not a post.
 *
 * Round r11 (tests/fixtures/requests/youtube/r11-*, r11b-*): YouTube
 * live-chat bots and extensions in the code index (send_message without
 * clientMessageId, as a brand channel; live_chat/moderate and get_live_chat
 * not posts), FS Poster's community post with images and a ReClip extension's
 * clip (backstage/create_post with `clipAttachment`, its title the text):
 * read right the first time.
 */
import { at, isRecord, joinParts, nonEmpty, str } from '../body';
import type { EndpointContext, EndpointResult, PostKind, SiteAdapter } from '../types';

function innertube(kind: PostKind) {
  return (ctx: EndpointContext): EndpointResult => {
    if (ctx.body.type !== 'json') return { post: true, kind, text: null };
    return { post: true, kind, text: str(at(ctx.body.value, 'commentText')) ?? null };
  };
}

function parseLiveChat(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const segments = at(ctx.body.value, 'richMessage', 'textSegments');
  if (!Array.isArray(segments)) return { post: true, kind: 'message', text: null };
  const text = segments
    .slice(0, 200)
    .map((s) => str(at(s, 'text')) ?? (str(at(s, 'emojiId')) ? `:${str(at(s, 'emojiId'))}:` : ''))
    .join('');
  return { post: true, kind: 'message', text };
}

function parseDataApi(ctx: EndpointContext): EndpointResult {
  const thread = /commentThreads\/?$/.test(ctx.url.pathname);
  if (ctx.body.type !== 'json') return { post: true, kind: thread ? 'comment' : 'reply', text: null };
  const v = ctx.body.value;
  const snippet = thread ? at(v, 'snippet', 'topLevelComment', 'snippet') : at(v, 'snippet');
  const kind: PostKind = thread ? 'comment' : str(at(snippet, 'parentId')) ? 'reply' : 'comment';
  return { post: true, kind, text: str(at(snippet, 'textOriginal')) ?? str(at(snippet, 'textDisplay')) ?? null };
}

function parseDataLiveChat(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'message', text: null };
  const snippet = at(ctx.body.value, 'snippet');
  const text = str(at(snippet, 'textMessageDetails', 'messageText'));
  if (text !== undefined) return { post: true, kind: 'message', text };
  const type = str(at(snippet, 'type'));
  // A text message whose text cannot be found is still a message; other event types say nothing of the sender's.
  return type === undefined || type === 'textMessageEvent' ? { post: true, kind: 'message', text: null } : { post: false };
}

/**
 * Data API videos.insert (the metadata of an upload: a resumable session's
 * first request) and videos.update: the title and description go out with the
 * video. A private upload is seen by no one yet; an update without a snippet
 * changes something else (privacy, tags in another part).
 */
function parseVideo(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'post', text: null };
  const v = ctx.body.value;
  // A private upload is seen by no one, unless `publishAt` schedules it to go public (then it is a post, as a
  // scheduled Page post is).
  // An empty `publishAt` schedules nothing (the API takes only a date-time there).
  if (str(at(v, 'status', 'privacyStatus')) === 'private' && nonEmpty(at(v, 'status', 'publishAt')) === undefined) return { post: false };
  const snippet = at(v, 'snippet');
  if (!isRecord(snippet)) return { post: false };
  const parts = [str(snippet['title']), str(snippet['description'])].filter((p): p is string => p !== undefined && p.trim() !== '');
  return { post: true, kind: 'post', text: parts.join('\n\n') };
}

/**
 * YouTube Studio's upload (studio.youtube.com/youtubei/v1/upload/createvideo): `initialMetadata` with
 * `title.newTitle`, `description.newDescription`, `privacy.newPrivacy` and `draftState.isDraft`. A private or draft
 * upload publishes nothing yet.
 */
function parseStudioCreate(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: true, kind: 'post', text: null };
  const meta = at(ctx.body.value, 'initialMetadata');
  const privacy = str(at(meta, 'privacy', 'newPrivacy'))?.toUpperCase();
  // Without a `privacy`, Studio has not been told who may see the video: its upload dialog chooses that in a later
  // step, and until then the upload stays a private draft.
  if (at(meta, 'draftState', 'isDraft') === true || privacy === undefined || privacy === 'PRIVATE') return { post: false };
  return { post: true, kind: 'post', text: joinParts([str(at(meta, 'title', 'newTitle')), str(at(meta, 'description', 'newDescription'))]) };
}

const YT = '^\\/youtubei\\/v1';

export const youtube: SiteAdapter = {
  id: 'youtube',
  hosts: ['youtube.com', 'youtubei.googleapis.com', 'youtube.googleapis.com', 'www.googleapis.com/youtube/', 'www.googleapis.com/upload/youtube/'],
  siteFor: () => 'youtube.com',
  endpoints: [
    { name: 'youtube.comment.create', methods: ['POST'], path: new RegExp(`${YT}\\/comment\\/(?:create_comment|update_comment)\\/?$`), parse: innertube('comment') },
    { name: 'youtube.comment.reply', methods: ['POST'], path: new RegExp(`${YT}\\/comment\\/(?:create_comment_reply|update_comment_reply)\\/?$`), parse: innertube('reply') },
    { name: 'youtube.community.post', methods: ['POST'], path: new RegExp(`${YT}\\/backstage\\/create_post\\/?$`), parse: innertube('post') },
    { name: 'youtube.livechat.send', methods: ['POST'], path: new RegExp(`${YT}\\/live_chat\\/send_message\\/?$`), parse: parseLiveChat },
    { name: 'youtube.studio.createvideo', methods: ['POST'], path: new RegExp(`${YT}\\/upload\\/createvideo\\/?$`), parse: parseStudioCreate },
    { name: 'youtube.data.livechat', methods: ['POST'], path: /^\/youtube\/v3\/liveChat\/messages\/?$/, parse: parseDataLiveChat },
    { name: 'youtube.data.comments', methods: ['POST', 'PUT'], path: /^\/youtube\/v3\/(?:commentThreads|comments)\/?$/, parse: parseDataApi },
    {
      name: 'youtube.data.videos',
      methods: ['POST', 'PUT'],
      path: /^(?:\/upload)?\/youtube\/v3\/videos\/?$/,
      // A resumable session's later requests (`upload_id`) carry the video's bytes, not its words.
      query: (url) => !url.searchParams.has('upload_id'),
      parse: parseVideo,
    },
  ],
};
