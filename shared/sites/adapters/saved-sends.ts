/**
 * Sends of words saved earlier, on any host: the request that sends carries
 * no words, because they went out before in a request judged a draft (round
 * m1's "left undone", mended in round m1m). Each is held with the text
 * unknown, as Blogger's publishing of a draft is, so that the person is
 * asked before it goes:
 * - a newsletter campaign's or broadcast's send or schedule action, or a
 *   draft's send or publish, with no body or no words in it (Mailchimp
 *   Marketing API 3.0 `POST /3.0/campaigns/{id}/actions/send` and
 *   `/actions/schedule`; MailerLite `POST /api/campaigns/{id}/schedule`;
 *   Brevo `POST /v3/emailCampaigns/{id}/sendNow`): a `post`, or a `message`
 *   when the path names mail or messages;
 * - a broadcast or campaign by id given a send time, a sending status or
 *   `public: true` and no words (Kit API v4 `PUT /v4/broadcasts/{id}` with
 *   `send_at`): a `post`;
 * - a JMAP request (RFC 8621) whose every `EmailSubmission/set` creation names
 *   a stored message (`emailId` not a `#creation` of the same request): the
 *   draft saved earlier is sent, a `message`.
 * Not these: a test send to oneself (`actions/test`), unscheduling or
 * cancelling, replicating or copying a campaign (other last segments), and
 * any of the above that carries words of its own: those are left to the
 * unknown-site heuristic (`notMine`), which reads words where they are.
 */
import { longestFreeField } from '../heuristic';
import { jmapSendsSaved } from '../heuristic/jmap';
import { issueGoesOut } from '../heuristic/refuses';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const SAVED = 'this request sends words saved earlier as a draft: they are in the draft, not in the request';
/** A campaign's, broadcast's or draft's send, schedule or publish action. */
const SEND_ACTION = /\/(?:(?:email_?)?campaigns|broadcasts|drafts)\/[^/]+\/(?:actions\/)?(?:send(?:[-_]?now)?|schedule|publish)\/?$/i;
/** A campaign or broadcast by id. */
const ISSUE_BY_ID = /\/(?:(?:email_?)?campaigns|broadcasts)\/[^/]+\/?$/i;
/** JMAP's API URL: a path segment named `jmap` (Fastmail's /jmap/api/, Stalwart's and Cyrus's /jmap/). */
const JMAP_PATH = /(?:^|\/)jmap(?:\/|$)/i;

function carriesWords(ctx: EndpointContext): boolean {
  return longestFreeField(ctx.body, 40, ctx.url.pathname) !== undefined;
}

function sendAction(ctx: EndpointContext): EndpointResult {
  if (carriesWords(ctx)) return { post: false, notMine: true };
  const kind = /\/(?:mail|e?mails?|messages?)\//i.test(ctx.url.pathname) ? 'message' : 'post';
  return { post: true, kind, text: null, textUnknownBecause: SAVED };
}

function issueSetToGo(ctx: EndpointContext): EndpointResult {
  if (!issueGoesOut(ctx.body) || carriesWords(ctx)) return { post: false, notMine: true };
  return { post: true, kind: 'post', text: null, textUnknownBecause: SAVED };
}

function jmapSend(ctx: EndpointContext): EndpointResult {
  if (!jmapSendsSaved(ctx.body)) return { post: false, notMine: true };
  return { post: true, kind: 'message', text: null, textUnknownBecause: SAVED };
}

export const savedSends: SiteAdapter = {
  id: 'saved-sends',
  hosts: null,
  siteFor: (host) => host.replace(/^www\./, ''),
  endpoints: [
    { name: 'saved-sends.action', methods: ['POST', 'PUT'], path: SEND_ACTION, parse: sendAction },
    { name: 'saved-sends.issue-set-to-go', methods: ['PUT', 'PATCH'], path: ISSUE_BY_ID, parse: issueSetToGo },
    { name: 'saved-sends.jmap', methods: ['POST'], path: JMAP_PATH, parse: jmapSend },
  ],
};
