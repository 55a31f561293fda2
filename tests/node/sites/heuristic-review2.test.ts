import { describe, expect, it } from 'vitest';
import { recognisePost } from '../../../shared/sites';

const json = (method: string, url: string, body: unknown) =>
  recognisePost({ method, url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const form = (url: string, fields: Record<string, string>) =>
  recognisePost({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

const review = 'The flat was clean and bright, the host answered quickly and the check-in was easy to find.';
const secretFeedback = 'Please tell the owner that the back window lock is broken and anyone could climb in from the yard at night.';

describe('heuristic after review: private and secret fields are not joined', () => {
  it('never reads a security answer beside its question', () => {
    const answer = 'we lived on the old Mill Lane behind the bakery until I was nine years old';
    const r = json('PUT', 'https://bank.example/api/profile/security-questions', [
      { question: 'What was the name of the street where you grew up as a small child?', answer },
    ]);
    expect(r?.text ?? '').not.toContain('Mill Lane');
  });

  it('takes a public review alone, not the private feedback beside it', () => {
    const r = json('POST', 'https://stays.example/api/stays/5521/reviews', { public_review: review, private_feedback: secretFeedback, rating: 4 });
    expect(r?.text).toBe(review);
  });

  it('does not join staff notes, SEO text or a flat form', () => {
    const body = 'Our new opening hours start next week, and the kitchen will stay open until ten on weekdays.';
    const r = json('POST', 'https://shop.example/api/announcements', { body, internal_notes: secretFeedback, seoDescription: secretFeedback + ' extra' });
    expect(r?.text).toBe(body);
    const f = form('https://forum.example/threads/new', { message: body, other: secretFeedback });
    expect(f?.text).toBe(secretFeedback);
  });

  it('does not join the strings of an array', () => {
    const r = json('POST', 'https://app.example/api/items', { lines: [review, secretFeedback] });
    expect(r?.text).toBe(secretFeedback);
  });
});

describe('heuristic after review: what is GraphQL', () => {
  const message = 'I was charged twice for my subscription this month and would like one of the payments refunded please.';

  it('holds a contact form whose query field names a topic', () => {
    const r = json('POST', 'https://shop.example/api/contact', { name: 'Ann', email: 'ann@example.com', query: 'subscription', message });
    expect(r?.text).toBe(message);
  });

  it('takes the type of the operation that operationName names', () => {
    const doc = 'query GetPost($id: ID!) { post(id: $id) { id } }\nmutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id } }';
    const r = json('POST', 'https://gql.example/graphql', { query: doc, operationName: 'AddComment', variables: { input: { contentMarkdown: message } } });
    expect(r).toMatchObject({ kind: 'comment', text: message });
    const q = json('POST', 'https://gql.example/graphql', { query: doc, operationName: 'GetPost', variables: { input: { contentMarkdown: message } } });
    expect(q).toBeNull();
  });

  it('does not silence a subscription or a shorthand document without variables', () => {
    const r = json('POST', 'https://gql.example/graphql', { query: 'subscription OnPost { post { id } }', variables: { text: message } });
    expect(r?.text).toBe(message);
    const s = json('POST', 'https://shop.example/api/feedback', { query: '{ this is not graphql }', message });
    expect(s?.text).toBe(message);
  });
});

describe('heuristic after review: quiet GraphQL operation names', () => {
  const words = 'Here are the notes I took at the meeting with the new research group on Thursday afternoon.';
  const op = (operationName: string) =>
    json('POST', 'https://gql.example/graphql', {
      query: `mutation ${operationName}($input: Input!) { x(input: $input) { id } }`,
      operationName,
      variables: { input: { contentMarkdown: words } },
    });

  it('holds operations that send, submit, schedule or reply, and those only containing a quiet word', () => {
    for (const name of ['SendDraft', 'SubmitDraft', 'ScheduleDraft', 'CreateResearchNote', 'AddReportComment', 'ReplyToFlaggedComment']) {
      expect(op(name)?.text, name).toBe(words);
    }
  });

  it('lets quiet operations pass', () => {
    for (const name of ['SaveDraft', 'CreateDraft', 'SearchUsers', 'TrackEvent', 'LogClick', 'log_click']) expect(op(name), name).toBeNull();
  });
});

describe('heuristic after review: a bare reason', () => {
  it('reads a reason that is the post (Bonusly bonuses, a petition signing)', () => {
    const bonus = '+10 @ann for staying late to fix the release build and walking everyone through it #teamwork';
    expect(json('POST', 'https://bonus.ly/api/v1/bonuses', { reason: bonus })?.text).toBe(bonus);
    const why = 'I am signing because the library is the only quiet place left in our part of town for students.';
    expect(form('https://petitions.example/petitions/keep-the-library-open/signatures', { first_name: 'Ann', reason: why })?.text).toBe(why);
  });

  it('still skips a reason on a moderation path, beside other prose, and any *_reason', () => {
    const why = 'This user keeps posting the same personal attack on everyone who disagrees in this thread.';
    expect(form('https://tildes.example/api/web/comments/2kx9a/labels/malice', { reason: why })).toBeNull();
    expect(json('POST', 'https://app.example/api/users/12/ban', { reason: why })).toBeNull();
    const body = 'Our new opening hours start next week, and the kitchen will stay open until ten on weekdays.';
    expect(json('POST', 'https://app.example/api/updates', { body, reason: why + ' and more words here' })?.text).toBe(body);
    expect(json('POST', 'https://app.example/api/bonuses', { other_reason: why })).toBeNull();
  });
});

describe('heuristic after review: slugs after an id, short ids', () => {
  const words = 'Here are the notes I took at the meeting with the new research group on Thursday afternoon.';
  it('keeps endpoints named in hyphenated words after an id quiet', () => {
    for (const url of [
      'https://app.example/api/articles/123/save-as-draft',
      'https://app.example/api/users/8812/update-notification-settings',
      'https://app.example/api/2/log-client-error',
      'https://app.example/workspaces/w7/sync-document-state',
      'https://app.example/articles/123/save-as-draft',
      'https://app.example/docs/a1b2c3d4/track-reading-time/x9',
    ]) {
      expect(json('POST', url, { content: words }), url).toBeNull();
    }
  });

  it('still reads a title slug as a slug (Mbin)', () => {
    expect(form('https://kbin.example/m/fediverse/p/90311/moderation-log-published', { 'post_comment[body]': words })).toMatchObject({ kind: 'comment', text: words });
  });

  it('does not take words with a digit for ids', () => {
    for (const seg of ['i18n', 'l10n', 'k8s', 'h5', 'oauth2', 's3', 'web3', 'mp3', '2fa']) {
      expect(json('POST', `https://app.example/${seg}/comments`, { body: words })?.kind, seg).toBe('post');
    }
    expect(json('POST', 'https://tildes.example/api/web/topics/2kx1/comments', { markdown: words })?.kind).toBe('comment');
  });
});

describe('heuristic after review: published false and empty parents', () => {
  const words = 'Here are the notes I took at the meeting with the new research group on Thursday afternoon.';
  it('holds a review or comment created with published: false (held for moderation, not a draft)', () => {
    expect(json('POST', 'https://shop.example/products/5521/reviews', { body: words, rating: 4, published: false })?.text).toBe(words);
    expect(json('POST', 'https://blog.example/posts/77/comments', { content: words, published: false })?.kind).toBe('comment');
    expect(json('POST', 'https://blog.example/api/articles', { article: { body_markdown: words, published: false } })).toBeNull();
  });

  it('reads a parent of 0, "0" or -1 as no parent', () => {
    for (const parent of [0, '0', -1]) {
      expect(json('POST', 'https://blog.example/posts/77/comments', { content: words, parent_comment_id: parent, post_id: 77 })?.kind, String(parent)).toBe('comment');
      expect(json('POST', 'https://blog.example/api/statuses', { text: words, in_reply_to_id: parent })?.kind, String(parent)).toBe('post');
    }
  });
});

describe('heuristic after review: passcodes and phrases are secrets', () => {
  it('never reads a passcode or a wallet phrase as text', () => {
    expect(json('POST', 'https://app.example/api/auth/verify', { email: 'ann@example.com', passcode: 'correct horse battery staple and more words here' })).toBeNull();
    expect(json('POST', 'https://wallet.example/api/import', { phrase: 'abandon ability able about above absent absorb abstract absurd abuse access accident' })).toBeNull();
    expect(json('POST', 'https://app.example/api/verify', { login_passcode: 'correct horse battery staple and more words here' })).toBeNull();
  });
});
