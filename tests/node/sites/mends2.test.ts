import { describe, expect, it } from 'vitest';
import { classify, HEURISTIC_MAX_BODY } from '../../../shared/sites';

const send = (url: string, body: string, contentType = 'application/x-www-form-urlencoded') =>
  classify({ method: 'POST', url, headers: { 'content-type': contentType, origin: new URL(url).origin, referer: `${new URL(url).origin}/` }, body });

/** A Todoist-style batch of commands, padded past what the heuristic reads, as a form's `commands` field. */
const batch = (first: object) => {
  const padding = { type: 'item_update', uuid: 'u-pad', args: { id: '6X7rM8997g3RQmvh', description: 'x'.repeat(HEURISTIC_MAX_BODY) } };
  return `commands=${encodeURIComponent(JSON.stringify([first, padding]))}`;
};

describe('heuristic after the second review of rounds u4 and r9: a sync batch too large to read', () => {
  it('is held as undecided when its readable start names a note command', () => {
    const body = batch({ type: 'note_add', uuid: 'u-1', temp_id: 't-1', args: { item_id: '6X7rM8997g3RQmvh', content: 'I called the venue, they can do the 14th.' } });
    expect(body.length).toBeGreaterThan(HEURISTIC_MAX_BODY);
    expect(send('https://app.todoist.com/api/v1/sync', body)).toMatchObject({ type: 'undecided' });
  });

  it('stays not a post when it names none (tasks moved, an editor state)', () => {
    const body = batch({ type: 'item_move', uuid: 'u-2', args: { id: '6X7rM8997g3RQmvh', project_id: '6Jf8VQXxpwv56VQ7' } });
    expect(send('https://app.todoist.com/api/v1/sync', body).type).toBe('not-post');
  });
});
