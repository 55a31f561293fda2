import { describe, expect, it } from 'vitest';
import { compileProfile, evaluate, parseProfile } from '../../../shared/warnings';

const minimal = { identities: [{ id: 'personal', name: 'Personal' }] };

describe('parseProfile', () => {
  it('fills in defaults for a minimal profile', () => {
    const r = parseProfile(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.identities[0]).toMatchObject({
      handles: [],
      profileUrls: [],
      belongs: [],
      never: [],
      lexicons: {},
      workHours: null,
      rules: {},
    });
    expect(r.value.drafts).toEqual([]);
    expect(r.value.model).toBeNull();
  });

  it('accepts JSON text and reports invalid JSON clearly', () => {
    expect(parseProfile(JSON.stringify(minimal)).ok).toBe(true);
    const bad = parseProfile('{"identities": [');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^The profile is not valid JSON/);
  });

  it('lists every problem with its place in the file', () => {
    const r = parseProfile({
      identities: [
        {
          id: 'pro',
          name: 'Professional',
          never: ['ok', '', 42, 'x'.repeat(201), 'bad\ud800'],
          lexicons: { profanity: true, gossip: true },
          rules: { 'never-say': 'yes' },
          workHours: { days: [0, 8], start: '9:00', end: '25:00', timeZone: 'Mars/Olympus' },
        },
        { id: 'pro', name: 'Again' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const m = r.error.message;
    expect(r.error.code).toBe('profile-invalid');
    expect(m).toContain('identities[0] (pro).never[1]: A term cannot be empty.');
    expect(m).toContain('identities[0] (pro).never[2]: A term must be text in quotes.');
    expect(m).toContain('identities[0] (pro).never[3]: Keep a term under 200 characters.');
    expect(m).toContain('identities[0] (pro).never[4]: The term contains an invalid or control character.');
    expect(m).toMatch(/identities\[0\] \(pro\)\.lexicons: Unknown lexicon; the lexicons are profanity, .*\(found: gossip\)/);
    expect(m).toContain('identities[0] (pro).rules.never-say');
    expect(m).toContain('workHours.days[0]: Days are numbered 1 (Monday) to 7 (Sunday).');
    expect(m).toContain('workHours.start: A time is written HH:MM');
    expect(m).toContain('workHours.end: A time is written HH:MM');
    expect(m).toContain('workHours.timeZone: Unknown time zone');
  });

  it('refuses duplicate identity ids and drafts of unknown identities', () => {
    const dup = parseProfile({ identities: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] });
    expect(!dup.ok && dup.error.message).toContain("The id 'a' is used by two identities.");
    const orphan = parseProfile({ ...minimal, drafts: [{ id: 'd1', identityId: 'ghost', text: 'hello' }] });
    expect(!orphan.ok && orphan.error.message).toContain("drafts[0].identityId: No identity has the id 'ghost'.");
  });

  it('refuses things that are not a profile at all', () => {
    for (const v of [null, 42, [], {}, { identities: [] }, { identities: 'nope' }]) {
      const r = parseProfile(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/^The profile has \d+ problems?:\n- /);
    }
  });

  it('keeps terms with regex metacharacters as they are (they are literal)', () => {
    const r = parseProfile({ identities: [{ id: 'a', name: 'A', never: ['(a+)+$', '.*', 'C++', '[x]'] }] });
    expect(r.ok && r.value.identities[0]!.never).toEqual(['(a+)+$', '.*', 'C++', '[x]']);
  });

  it('makes evaluate and compileProfile throw the same clear error on a malformed profile', () => {
    const bad = { identities: [{ id: 'a', name: 'A', belongs: [''] }] };
    expect(() => compileProfile(bad)).toThrow(/identities\[0\] \(a\)\.belongs\[0\]: A term cannot be empty\./);
    expect(() => evaluate({ text: 'hi', identityId: 'a' }, bad)).toThrow(/A term cannot be empty/);
  });
});
