import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../shared/sites/body';
import { stayHostNoteText } from '../../../shared/sites/heuristic/hospitality';

// Review x4 D3: the host's note of a body was kept once a body, though whether a plain `notes` beside a stay's id is
// the host's depends on the path too (the stays' collection, or the booking's own address by id).
const note = 'Guest arrives late on Friday, keep the key in the lockbox and tell housekeeping the cot must be in room 12.';
const body = () => parseBody(JSON.stringify([{ id: 123, notes: note }]), 'application/json');

describe('heuristic after the cross-round review x4: a host note read per body and path', () => {
  it('gives the same answer for a path whichever path the same body was asked with first', () => {
    const first = body();
    expect(stayHostNoteText(first, 20, '/odata/Bookings(123)')).toBeUndefined();
    expect(stayHostNoteText(first, 20, '/odata/Bookings/123')).toBeUndefined();
    expect(stayHostNoteText(first, 20, '/api/v2/bookings')?.text).toBe(note);
    const second = body();
    expect(stayHostNoteText(second, 20, '/api/v2/bookings')?.text).toBe(note);
    expect(stayHostNoteText(second, 20, '/api/v2/bookings/123')).toBeUndefined();
    expect(stayHostNoteText(second, 20, '/api/v2/bookings')?.text).toBe(note);
  });
});
