/**
 * Mail services that encrypt in the page: Proton Mail (mail.proton.me, the
 * older mail.protonmail.com) and Tuta (app.tuta.com, the older
 * mail.tutanota.com). Round m1 found their sends, and that no words can ever
 * be read in them:
 * - Proton's send is POST /api/mail/v4/messages/{id} (older clients:
 *   /api/messages/{id}) whose `Packages` hold PGP-encrypted bodies and key
 *   packets per recipient address (codelv/protonmail's api messages paths,
 *   opulentfox-29/protonmail-api-client's create_message then send_message);
 *   the draft saved before it (POST /messages, PUT /messages/{id}) carries an
 *   armored PGP body under `Message`, which the heuristic held as a message
 *   with the armor withheld: claimed here as not a post, nothing leaves.
 * - Tuta's send is POST /rest/tutanota/senddraftservice (tutao/tutanota's
 *   SendDraftData: the mail's ids and encrypted session keys); the words went
 *   earlier, encrypted, in the draft.
 * Both are mail to people sent for certain: a `message` held with the text
 * unknown, as Matrix's encrypted messages are. Everything else on these hosts
 * (drafts, read marks, moves, settings) is left to the unknown-site
 * heuristic, which finds no prose in ciphertext.
 *
 * Round r13 (ProtonMail/proton-bridge through ProtonMail/go-proton-api; ProtonMail/WebClients'
 * schedule-send and cancel_send): the Bridge calls the API host mail-api.proton.me without the `/api`
 * prefix (`/mail/v4/messages/{id}` with `Packages`, `/mail/v4/messages` with `Message`), read as the web
 * client's paths are; a scheduled send (`DeliveryTime` beside `Packages`) is a send held now; cancel_send
 * carries no words.
 */
import { at, isRecord } from '../body';
import type { EndpointContext, EndpointResult, SiteAdapter } from '../types';

const ENCRYPTED = 'the mail is end-to-end encrypted in the page before it leaves, so its words cannot be read';

function protonMessages(ctx: EndpointContext): EndpointResult {
  if (ctx.body.type !== 'json') return { post: false, notMine: true };
  // The send names its encrypted packages (POST to the message's id).
  if (Array.isArray(at(ctx.body.value, 'Packages'))) return { post: true, kind: 'message', text: null, textUnknownBecause: ENCRYPTED };
  // A draft created or saved again carries its armored body under `Message`: nothing leaves.
  if (isRecord(at(ctx.body.value, 'Message'))) return { post: false };
  return { post: false, notMine: true };
}

export const encryptedMail: SiteAdapter = {
  id: 'encrypted-mail',
  hosts: ['proton.me', 'protonmail.com', 'tuta.com', 'tutanota.com'],
  siteFor: (host) => (/(?:^|\.)proton(?:mail)?\.(?:me|com)$/.test(host) ? 'proton.me' : 'tuta.com'),
  endpoints: [
    {
      name: 'proton.messages',
      methods: ['POST', 'PUT'],
      host: /(?:^|\.)proton(?:mail)?\.(?:me|com)$/,
      // The web client's `/api/…`; Proton Mail Bridge and other go-proton-api clients call the API host
      // (mail-api.proton.me) without the `/api` prefix.
      path: /^(?:\/api)?\/(?:mail\/v4\/)?messages(?:\/[^/]+)?\/?$/,
      parse: protonMessages,
    },
    {
      name: 'tuta.senddraftservice',
      methods: ['POST'],
      host: /(?:^|\.)tuta(?:nota)?\.com$/,
      path: /^\/rest\/tutanota\/senddraftservice\/?$/i,
      parse: () => ({ post: true, kind: 'message', text: null, textUnknownBecause: 'this request sends a draft saved earlier, encrypted in the page: its words are in neither' }),
    },
  ],
  // Drafts, read marks and settings carry ciphertext or none: the heuristic reads them as it did.
  heuristicFallback: true,
};
