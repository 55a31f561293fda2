import { describe, expect, it } from 'vitest';
import { timeLeftInWords, timeLeftOnBadge } from '../../../shared/domain/time-left';

describe('the time a held post has left', () => {
  it('is said in seconds and minutes in the sentence', () => {
    expect(timeLeftInWords(45)).toBe('45 s');
    expect(timeLeftInWords(120)).toBe('2 min');
    expect(timeLeftInWords(90)).toBe('1 min 30 s');
  });

  it('fits the round badge in three characters, up to the longest delay settings allow (300 s)', () => {
    expect(timeLeftOnBadge(59)).toBe('59');
    expect(timeLeftOnBadge(60)).toBe('1m');
    expect(timeLeftOnBadge(61)).toBe('2m');
    expect(timeLeftOnBadge(300)).toBe('5m');
    for (let s = 0; s <= 300; s++) expect(timeLeftOnBadge(s).length).toBeLessThanOrEqual(3);
  });
});
