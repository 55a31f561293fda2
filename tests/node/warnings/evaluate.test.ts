import { describe, expect, it } from 'vitest';
import { compileProfile, createStyleModel, evaluate, similarDrafts, withDrafts, withModel, type ProfileInput, type Warning } from '../../../shared/warnings';

function profile(overrides: { personal?: object; professional?: object; extra?: object } = {}): ProfileInput {
  return {
    identities: [
      {
        id: 'personal',
        name: 'Personal',
        names: ['Addie B'],
        handles: ['@addie_b@mastodon.social', 'addieb.bsky.social'],
        profileUrls: ['https://mastodon.social/@addie_b'],
        belongs: ['bouldering', 'Biscuit', 'band practice', 'coffee'],
        never: ['Project Ostrich'],
        ...overrides.personal,
      },
      {
        id: 'professional',
        name: 'Professional',
        names: ['Dr Ada Byrne'],
        handles: ['@adabyrne_ux'],
        profileUrls: ['https://www.linkedin.com/in/ada-byrne-ux/'],
        belongs: ['user research', 'stakeholder', 'design system', 'coffee'],
        never: ['my therapist'],
        ...overrides.professional,
      },
    ],
    ...overrides.extra,
  };
}

const P = profile();
// The vocabulary and lexicon layer (the learned model on top decides the language families: model.test.ts).
const check = (text: string, identityId: string, p: ProfileInput = P, extra: object = {}) =>
  evaluate({ text, identityId, ...extra }, p, { model: null });
/** The quoted spans, so that assertions read like the text. */
const spans = (text: string, ws: Warning[]) => ws.filter((w) => w.end > 0).map((w) => text.slice(w.start, w.end));
const rules = (ws: Warning[]) => ws.map((w) => w.ruleId);

describe('evaluate: vocabularies', () => {
  it("warns with the issue's example message for a never-say term", () => {
    const text = 'Told my therapist about the launch.';
    const ws = check(text, 'professional');
    expect(ws).toEqual([
      {
        ruleId: 'never-say',
        severity: 'stop',
        start: 5,
        end: 17,
        message: "'my therapist' is on Professional's never-say list.",
        family: 'other-identity',
      },
    ]);
  });

  it("finds the person's own terms behind a French elided article, and leaves the built-in words their reading (eighth round)", () => {
    const p = profile({ personal: { never: ['Agence Méridien', 'ADEP Lille'] } });
    expect(spans("L'Agence Méridien m'a payé neuf mois après.", check("L'Agence Méridien m'a payé neuf mois après.", 'personal', p))).toEqual(["L'Agence Méridien"]);
    expect(rules(check("Je bosse à l'ADEP Lille depuis trois ans.", 'personal', p))).toEqual(['never-say']);
    expect(rules(check("Le dossier d'Agence Méridien est clos.", 'personal', p))).toEqual(['never-say']);
    // A capital "D'" or "L'" inside a sentence is part of a name: "Le cabinet D'Amato", "Séminaire à L'Aquila".
    const q = profile({ personal: { never: ['Amato', 'Aquila'] } });
    expect(rules(check("Le cabinet D'Amato ferme ses portes.", 'personal', q))).toEqual([]);
    expect(rules(check("Séminaire à L'Aquila la semaine prochaine.", 'personal', q))).toEqual([]);
    // Opening a sentence, the text's language decides: an English sentence holds a name, a French one the article.
    const r = profile({ personal: { never: ['Angelo', 'ADEP'] } });
    expect(rules(check("D'Angelo Russell scored 30 last night, what a game.", 'personal', r))).toEqual([]);
    expect(rules(check("L'ADEP recrute à nouveau, je vous le dis.", 'personal', r))).toEqual(['never-say']);
    // Another identity's names and words, too: "l'Addie B" is still Addie B.
    expect(rules(check("Photo de l'Addie B du week-end.", 'professional'))).toContain('other-identity-mention');
  });

  it("flags another identity's terms, naming that identity", () => {
    const text = 'Went Bouldering after band practice.';
    const ws = check(text, 'professional');
    expect(spans(text, ws)).toEqual(['Bouldering', 'band practice']);
    expect(ws.every((w) => w.ruleId === 'belongs-elsewhere' && w.otherIdentityId === 'personal' && w.severity === 'caution')).toBe(true);
    expect(ws[0]!.message).toBe("'Bouldering' belongs to Personal, not Professional.");
  });

  describe("another identity's word: a caution in that identity's voice, a note otherwise (voice.ts)", () => {
    const profile: ProfileInput = {
      identities: [
        { id: 'work', name: 'Leeds Sports Physio', role: 'clinician', belongs: ['ACL rehab', 'clinic'] },
        { id: 'me', name: 'Personal', role: 'personal', belongs: ['bouldering', 'beer mile'] },
      ],
    };
    const seen = (text: string, identityId: string) =>
      evaluate({ text, identityId }, profile).map((w) => [w.ruleId, w.severity, text.slice(w.start, w.end)]);

    it('on the work identity: the person\'s own day is a caution, the work speaking to its public a note', () => {
      expect(seen('Bouldering tonight, my fingers are shredded', 'work')).toContainEqual(['belongs-elsewhere', 'caution', 'Bouldering']);
      expect(seen('Bouldering injuries we see most: finger pulleys and shoulders', 'work')).toContainEqual(['belongs-elsewhere', 'info', 'Bouldering']);
      expect(seen('Bouldering fans: warm up your fingers first', 'work')).toContainEqual(['belongs-elsewhere', 'info', 'Bouldering']);
      // Its own word marks the post as the work's.
      expect(seen('Grip testing for the ACL rehab group at a bouldering wall today', 'work')).toContainEqual(['belongs-elsewhere', 'info', 'bouldering']);
    });

    it('on the personal identity: the job told as oneself is a note, the practice announcing is a caution', () => {
      expect(seen('long day at the clinic, came home and the dog had eaten a sock', 'me')).toEqual([['belongs-elsewhere', 'info', 'clinic']]);
      expect(seen("we've added evening slots at the clinic from the 4th", 'me')).toContainEqual(['belongs-elsewhere', 'caution', 'clinic']);
      expect(seen('Reminder: ACL rehab group moves to Thursdays', 'me')).toContainEqual(['belongs-elsewhere', 'caution', 'ACL rehab']);
      expect(seen('Recordatorio: la clinic cierra el lunes', 'me')).toContainEqual(['belongs-elsewhere', 'caution', 'clinic']);
    });

    it('keeps two work identities apart by the same voice: the other brand speaking warns, an aside is a note', () => {
      const brands: ProfileInput = {
        identities: [
          { id: 'bikes', name: 'Schaltwerk Bikes', role: 'company', belongs: ['e-bike'] },
          { id: 'cafe', name: 'Café Kurbel', role: 'company', belongs: ['flat white'] },
        ],
      };
      const seenBy = (text: string) => evaluate({ text, identityId: 'cafe' }, brands).map((w) => [w.ruleId, w.severity, text.slice(w.start, w.end)]);
      expect(seenBy('Our new e-bike is in the shop from Friday')).toContainEqual(['belongs-elsewhere', 'caution', 'e-bike']);
      expect(seenBy('Half the queue this morning came by e-bike')).toContainEqual(['belongs-elsewhere', 'info', 'e-bike']);
    });

    it("judges each word by its own owner's voice when several identities' words meet in one post", () => {
      const three: ProfileInput = {
        identities: [
          { id: 'clinic', name: 'Leeds Sports Physio', role: 'clinician', belongs: ['ACL rehab'] },
          { id: 'brand', name: 'Schaltwerk Bikes', role: 'company', belongs: ['e-bike'] },
          { id: 'me', name: 'Personal', role: 'personal', belongs: ['bouldering'] },
        ],
      };
      const text = 'Our e-bike demo day is on Saturday, bouldering after.';
      const belongs = evaluate({ text, identityId: 'clinic' }, three)
        .filter((w) => w.ruleId === 'belongs-elsewhere')
        .map((w) => [w.otherIdentityId, w.severity, text.slice(w.start, w.end)]);
      // The brand speaking ("Our") is the brand's voice, not the person's: a caution for its word, a note for hers.
      expect(belongs).toEqual([
        ['brand', 'caution', 'e-bike'],
        ['me', 'info', 'bouldering'],
      ]);
    });

    it('lets a language rule inside the term stand beside a note (a note hides nothing)', () => {
      const brand: ProfileInput = { identities: [{ id: 'work', name: 'Professional', role: 'company' }, { id: 'me', name: 'Personal', role: 'personal', belongs: ['beer mile'] }] };
      const text = 'Our team ran the beer mile on Saturday.';
      const ws = evaluate({ text, identityId: 'work' }, brand).map((w) => [w.ruleId, w.severity, text.slice(w.start, w.end)]);
      expect(ws).toEqual(expect.arrayContaining([['belongs-elsewhere', 'info', 'beer mile'], ['substances.use', 'caution', 'beer']]));
    });
  });

  it('matches whole words only, case-insensitively, with simple plurals and possessives', () => {
    const text = "STAKEHOLDERS, a stakeholder's view, stakeholdering, the design systems team";
    const ws = check(text, 'personal');
    expect(spans(text, ws)).toEqual(['STAKEHOLDERS', "stakeholder's", 'design systems']);
  });

  it('does not match inside other words', () => {
    expect(check('Biscuits and unbouldering and coffeehouse', 'professional').map((w) => w.message)).toEqual([
      "'Biscuits' belongs to Personal, not Professional.",
    ]);
  });

  it('ignores a term that belongs to the acting identity too', () => {
    expect(check('coffee with the team', 'professional')).toEqual([]);
    expect(check('coffee with the team', 'personal')).toEqual([]);
  });

  it('matches accents, curly apostrophes, emoji and other scripts', () => {
    const p = profile({
      personal: { belongs: ['crème brûlée', '🧗', 'Klettern', '登山', 'Привет'] },
      professional: { belongs: [] },
    });
    const text = 'CREME BRULEE, Crème Brûlée’s 🧗🏽 klettern 週末は登山 привет';
    const ws = check(text, 'professional', p);
    expect(spans(text, ws)).toEqual(['CREME BRULEE', 'Crème Brûlée’s', '🧗🏽', 'klettern', '登山', 'привет']);
  });

  it('treats regex metacharacters in terms literally and never backtracks', () => {
    const p = profile({ personal: { belongs: ['C++', '(a+)+$', '.*', 'a|b', '[x]', '\\d'] } });
    const text = 'I write C++ and (a+)+$ patterns, .* too, and [x] or a|b or \\d. Also c, a, b, x, d.';
    const ws = check(text, 'professional', p);
    expect(spans(text, ws)).toEqual(['C++', '(a+)+$', '.*', '[x]', 'a|b', '\\d']);
    // The input that makes a backtracking /(a+)+$/ run for ages; the token trie has no backtracking
    // (a blow-up would show as the test timing out, not as a figure: timings belong to the benchmark).
    expect(check('a'.repeat(50_000) + '!', 'professional', p)).toEqual([]);
  });

  it('reports the longest match once, not the terms inside it', () => {
    const p = profile({ professional: { never: ['therapist', 'my therapist'] } });
    const text = 'my therapist and a therapist';
    expect(spans(text, check(text, 'professional', p))).toEqual(['my therapist', 'therapist']);
  });

  it('can switch each vocabulary rule off per identity', () => {
    const p = profile({ professional: { rules: { 'never-say': false, 'belongs-elsewhere': false } } });
    // The health lexicon still notices the therapist; the user's own lists are off.
    expect(rules(check('my therapist likes bouldering', 'professional', p))).toEqual(['lexicon.health']);
    // Switching rules for Professional does not touch Personal.
    expect(rules(check('Project Ostrich and user research', 'personal', p))).toEqual(['never-say', 'belongs-elsewhere']);
  });
});

describe('evaluate: mentions of another identity', () => {
  it('finds handles in their usual forms and profile links', () => {
    const text =
      'Follow @addie_b@mastodon.social, @Addie_B, addieb.bsky.social, https://mastodon.social/@addie_b/1129 and Addie B’s photos';
    const ws = check(text, 'professional');
    expect(spans(text, ws)).toEqual(['@addie_b@mastodon.social', '@Addie_B', 'addieb.bsky.social', 'mastodon.social/@addie_b', 'Addie B’s']);
    expect(ws.every((w) => w.ruleId === 'other-identity-mention' && w.otherIdentityId === 'personal')).toBe(true);
    expect(ws[0]!.severity).toBe('stop');
    expect(ws[4]!.severity).toBe('caution');
    expect(ws[0]!.message).toBe("'@addie_b@mastodon.social' is Personal's handle, which ties the two identities together.");
  });

  it('finds a profile URL with or without scheme and www', () => {
    for (const url of ['https://www.linkedin.com/in/ada-byrne-ux/', 'linkedin.com/in/ada-byrne-ux', 'http://linkedin.com/in/ada-byrne-ux?trk=x']) {
      const ws = check(`see ${url} please`, 'personal');
      expect(ws.map((w) => w.message)).toEqual([expect.stringMatching(/links to Professional's profile/)]);
    }
  });

  it('does not confuse longer handles, e-mail addresses or other profiles with the handle', () => {
    for (const text of ['@addie_b2', 'mail addie_b@mastodon.social.example', 'bob@addie_b', '@addie_b@other.example', 'x.addieb.bsky.social', 'linkedin.com/in/ada-byrne-ux-2']) {
      expect(check(text, 'professional').concat(check(text, 'personal')), text).toEqual([]);
    }
  });

  it('does not warn about the identity mentioning itself', () => {
    expect(check('I am @adabyrne_ux, Dr Ada Byrne', 'professional')).toEqual([]);
  });
});

describe('evaluate: built-in lexicons', () => {
  it('gives Professional the strict set and Personal the light one by default', () => {
    const text = 'Shit, so hungover, and the NDA is due.';
    const pro = check(text, 'professional');
    expect(rules(pro)).toEqual(['lexicon.profanity', 'lexicon.substances', 'lexicon.confidential-work']);
    expect(pro[0]!.message).toBe("'Shit' is profanity, which Professional keeps out of its posts.");
    expect(pro[2]!.severity).toBe('stop');
    expect(rules(check(text, 'personal'))).toEqual(['lexicon.confidential-work']);
  });

  it('honours per-identity lexicon switches, lexiconSet and edits', () => {
    const p = profile({
      personal: { lexicons: { profanity: true, 'confidential-work': false } },
      professional: { lexiconSet: 'none', lexicons: { health: true }, lexiconEdits: { health: { add: ['physio'], remove: ['diagnosed'] } } },
    });
    expect(rules(check('shit, the NDA', 'personal', p))).toEqual(['lexicon.profanity']);
    const text = 'Shit. Diagnosed by my physio after chemo.';
    expect(spans(text, check(text, 'professional', p))).toEqual(['physio', 'chemo']);
  });

  it("lets an identity's own vocabulary clear a lexicon word", () => {
    const p = profile({ professional: { belongs: ['patient safety', 'NDA template'] } });
    expect(check('Our patient safety NDA template is out.', 'professional', p)).toEqual([]);
  });

  it('prefers the user list over a lexicon on the same words', () => {
    const p = profile({ professional: { never: ['hungover'] } });
    expect(rules(check('so hungover', 'professional', p))).toEqual(['never-say']);
  });

  it('notes weak terms as info only', () => {
    const ws = check('A great workshop with a client today.', 'professional');
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ ruleId: 'lexicon.confidential-work', severity: 'info' });
  });

  it('leaves ordinary words that look like lexicon terms alone', () => {
    for (const text of [
      'I woke up early to prepare the workshop.',
      'Context trumps everything in research.',
      'Our public affairs team joined the session.',
      'We rewrote it with std::vector and it was fine.',
      'The team smashed it at the demo.',
    ]) {
      expect(check(text, 'professional'), text).toEqual([]);
    }
    // A general word gets a caution, not a stop.
    expect(check('We treat participant data as confidential.', 'professional')).toEqual([
      expect.objectContaining({ ruleId: 'lexicon.confidential-work', severity: 'caution' }),
    ]);
  });

  it('can switch all lexicons off with the rule switch, and the language rules with theirs', () => {
    const p = profile({ professional: { rules: { lexicon: false } } });
    expect(rules(check('Shit, the NDA', 'professional', p)).filter((r) => r.startsWith('lexicon.'))).toEqual([]);
    const none = profile({ professional: { rules: { lexicon: false, understanding: false } } });
    expect(check('Shit, the NDA', 'professional', none)).toEqual([]);
  });
});

describe('evaluate: whole-text rules', () => {
  it('warns about text copied in another window (0/0 span)', () => {
    expect(check('lol same', 'professional', P, { clipboardFrom: 'personal' })).toEqual([
      { ruleId: 'clipboard', severity: 'caution', start: 0, end: 0, message: 'This text was copied in the Personal window.', otherIdentityId: 'personal', family: 'other-identity' },
    ]);
    expect(check('lol same', 'professional', P, { clipboardFrom: 'professional' })).toEqual([]);
    expect(check('lol', 'professional', P, { clipboardFrom: 'gone' })[0]!.message).toBe("This text was copied in another identity's window.");
    const off = profile({ professional: { rules: { clipboard: false } } });
    expect(check('lol same', 'professional', off, { clipboardFrom: 'personal' })).toEqual([]);
  });

  const hours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30', timeZone: 'Europe/Berlin' };

  it('warns Professional outside its hours, in its time zone', () => {
    const p = profile({ professional: { workHours: hours } });
    // 2026-03-03 is a Tuesday; 08:30Z is 09:30 in Berlin (CET).
    expect(check('Kick-off went well', 'professional', p, { at: '2026-03-03T08:30:00Z' })).toEqual([]);
    const late = check('Kick-off went well', 'professional', p, { at: '2026-03-03T17:00:00Z' });
    expect(late).toEqual([
      {
        ruleId: 'work-hours',
        severity: 'caution',
        start: 0,
        end: 0,
        message: "It is Tue 18:00 in Europe/Berlin, outside Professional's hours (Mon–Fri 09:00–17:30).",
        family: 'other-identity',
      },
    ]);
    expect(check('Weekend thoughts', 'professional', p, { at: '2026-03-07T10:00:00Z' })[0]!.message).toContain('Sat 11:00');
    // No time given, no judgement; an unreadable time is ignored rather than crashing.
    expect(check('x', 'professional', p)).toEqual([]);
    expect(check('x', 'professional', p, { at: 'not a time' })).toEqual([]);
  });

  it("warns Personal inside Professional's hours when switched on, or inside its own quiet hours", () => {
    const p = profile({ professional: { workHours: hours }, personal: { rules: { 'work-hours': true } } });
    const ws = check('Lunch!', 'personal', p, { at: '2026-03-03T11:00:00Z' });
    expect(ws).toEqual([expect.objectContaining({ ruleId: 'work-hours', otherIdentityId: 'professional' })]);
    expect(ws[0]!.message).toBe("It is Tue 12:00 in Europe/Berlin, inside Professional's work hours (Mon–Fri 09:00–17:30).");
    // Off by default:
    expect(check('Lunch!', 'personal', profile({ professional: { workHours: hours } }), { at: '2026-03-03T11:00:00Z' })).toEqual([]);
    const quiet = profile({ personal: { workHours: { ...hours, postWhen: 'outside' } } });
    expect(rules(check('Lunch!', 'personal', quiet, { at: '2026-03-03T11:00:00Z' }))).toEqual(['work-hours']);
    expect(check('Dinner!', 'personal', quiet, { at: '2026-03-03T19:00:00Z' })).toEqual([]);
    // A start equal to the end is the whole day, and is told so.
    const weekends = profile({ personal: { workHours: { days: [6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', postWhen: 'outside' } } });
    expect(check('Brunch!', 'personal', weekends, { at: '2026-03-07T23:30:00Z' })[0]!.message).toBe('It is Sat 23:30 in UTC, inside the hours Personal stays quiet (Sat, Sun all day).');
    expect(check('Brunch!', 'personal', weekends, { at: '2026-03-09T08:00:00Z' })).toEqual([]);
  });

  it('handles hours past midnight and daylight saving time', () => {
    const night = profile({ professional: { workHours: { days: [5], start: '22:00', end: '06:00', timeZone: 'America/New_York' } } });
    // Friday 23:00 and Saturday 05:00 in New York are inside a Friday night shift; Saturday 07:00 is not.
    expect(check('x', 'professional', night, { at: '2026-03-07T04:00:00Z' })).toEqual([]);
    expect(check('x', 'professional', night, { at: '2026-03-07T10:00:00Z' })).toEqual([]);
    expect(rules(check('x', 'professional', night, { at: '2026-03-07T12:00:00Z' }))).toEqual(['work-hours']);
    // Berlin summer time: 07:30Z on Mon 2026-07-06 is 09:30 local, inside 09:00–17:30.
    const p = profile({ professional: { workHours: hours } });
    expect(check('x', 'professional', p, { at: '2026-07-06T07:30:00Z' })).toEqual([]);
  });

  it("reports a close match with another identity's draft, naming the draft", () => {
    const drafts = [
      { id: 'gig-42', identityId: 'personal', text: 'We are playing the Wendel bar on Friday night, doors at eight, bring earplugs and low expectations.' },
      { id: 'talk-7', identityId: 'professional', text: 'Slides from my talk on research repositories are up, with what we tag and why.' },
    ];
    const p = profile({ extra: { drafts } });
    const ws = check('We are playing the Wendel bar on Friday night, doors at 8, bring earplugs!', 'professional', p);
    expect(ws).toEqual([expect.objectContaining({ ruleId: 'similar-draft', start: 0, end: 0, otherIdentityId: 'personal' })]);
    expect(ws[0]!.message).toMatch(/^This closely matches Personal's draft 'gig-42' \(\d+% of the wording\)\.$/);
    // Own drafts and unrelated texts do not count.
    expect(check('Slides from my talk on research repositories are up, with what we tag and why.', 'professional', p)).toEqual([]);
    expect(check('We are playing with the new design tokens on Friday.', 'professional', p)).toEqual([]);
  });
});

describe('evaluate: bad input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(check('', 'professional')).toEqual([]);
    expect(check('   \n ', 'professional', P, { clipboardFrom: 'personal' })).toEqual([]);
  });

  it('copes with lone surrogates and keeps spans on the original text', () => {
    const text = '\ud83d my therapist \udc00 bouldering \ud800';
    const ws = check(text, 'professional');
    expect(spans(text, ws)).toEqual(['my therapist', 'bouldering']);
  });

  it('checks a 100,000-character text quickly', () => {
    const chunk = 'Our stakeholder workshop went well, my therapist says bouldering helps. ';
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    const ws = check(text, 'professional');
    expect(ws.length).toBeGreaterThan(2_000);
    for (const w of ws.slice(0, 50)) expect(['my therapist', 'bouldering', 'stakeholder']).toContain(text.slice(w.start, w.end).toLowerCase());
  });

  it('throws a clear error for an unknown identity', () => {
    expect(() => check('hi', 'nobody')).toThrow("No identity has the id 'nobody'; the profile has 'personal', 'professional'.");
  });

  it('compiles a profile once per object and accepts a compiled profile', () => {
    const compiled = compileProfile(P);
    expect(compileProfile(P)).toBe(compiled);
    expect(evaluate({ text: 'bouldering', identityId: 'professional' }, compiled)).toHaveLength(1);
  });
});

describe('evaluate: random input', () => {
  it('never throws and always returns spans inside the text', () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ['my therapist', 'bouldering', '@addie_b', '@', '.', ' ', '\n', 'é', '\u0301', '\ud800', '\udc00', '👍🏽', '‍', '🧗', '登山', "'s", '’', 'NDA', 'shit', 'https://', 'linkedin.com/in/ada-byrne-ux', '((', '*', '\u0000'];
    const p = profile({ extra: { drafts: [{ id: 'd', identityId: 'personal', text: 'my therapist went bouldering with the NDA team today' }] } });
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(next() * pieces.length)];
      for (const identityId of ['personal', 'professional']) {
        const ws = evaluate({ text, identityId, at: '2026-03-03T12:00:00Z', clipboardFrom: 'personal' }, p);
        for (const w of ws) {
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(text.length);
          expect(w.start <= w.end).toBe(true);
          if (w.end > 0) expect(w.end).toBeGreaterThan(w.start);
          expect(w.message).toMatch(/\.$/);
        }
      }
    }
  });
});

describe('similarDrafts', () => {
  it('lists the matching drafts of other identities with their scores', () => {
    const p = profile({ extra: { drafts: [{ id: 'gig-42', identityId: 'personal', text: 'We are playing the Wendel bar on Friday night, doors at eight.' }] } });
    expect(similarDrafts({ text: 'We are playing the Wendel bar on Friday night, doors at eight!', identityId: 'professional' }, p)).toEqual([
      { draftId: 'gig-42', identityId: 'personal', jaccard: 1, containment: 1 },
    ]);
    expect(similarDrafts({ text: 'We are playing the Wendel bar on Friday night, doors at eight!', identityId: 'personal' }, p)).toEqual([]);
  });
});

describe('withDrafts and withModel', () => {
  it('swap drafts and model without recompiling the matchers, and refuse malformed input', () => {
    const base = compileProfile({ identities: [{ id: 'p', name: 'Personal' }, { id: 'w', name: 'Professional', never: ['hangover'] }] });
    expect(evaluate({ text: 'a hangover', identityId: 'w' }, base, { model: null })).toHaveLength(1);
    const next = withDrafts(base, [{ id: 'd1', identityId: 'p', text: 'our weekend trip to the lake was lovely and calm' }]);
    expect(next.matchers).toBe(base.matchers);
    expect(evaluate({ text: 'our weekend trip to the lake was lovely and calm', identityId: 'w' }, next).map((w) => w.ruleId)).toContain('similar-draft');
    expect(evaluate({ text: 'our weekend trip to the lake was lovely and calm', identityId: 'w' }, base).map((w) => w.ruleId)).not.toContain('similar-draft');
    expect(() => withDrafts(base, [{ id: '', identityId: 'p', text: 'x' }])).toThrow(/draft is malformed/);
    expect(withModel(next, createStyleModel()).matchers).toBe(base.matchers);
    expect(() => withModel(next, { version: 2 } as never)).toThrow(/learned model is malformed/);
  });
});
