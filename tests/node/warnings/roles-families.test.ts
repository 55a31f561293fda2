import { describe, expect, it } from 'vitest';
import {
  activeFamilies,
  activeLexicons,
  evaluate,
  FAMILIES,
  familyOf,
  FAMILY_LABELS,
  inferRole,
  labelOf,
  parseProfile,
  RULE_FAMILIES,
  RULE_LABELS,
  RULE_IDS,
  ROLES,
  WarningIdentitySchema,
} from '../../../shared/warnings';
import { FAMILIES as CORPUS_FAMILIES, ROLES as CORPUS_ROLES } from '../../fixtures/corpus/v2/index';

const identity = (extra: object) => WarningIdentitySchema.parse({ id: 'x', name: 'X', ...extra });

describe('families', () => {
  it('are the families the corpus is labelled with, and every rule id maps to exactly one', () => {
    expect([...FAMILIES]).toEqual([...CORPUS_FAMILIES]);
    for (const [rule, family] of Object.entries(RULE_FAMILIES)) expect(FAMILIES, rule).toContain(family);
    for (const rule of ['never-say', 'belongs-elsewhere', 'other-identity-mention', 'work-hours', 'clipboard', 'similar-draft', 'learned-style']) {
      expect(RULE_FAMILIES[rule], rule).toBe('other-identity');
    }
    expect(familyOf('lexicon.confidential-work')).toBe('confidential');
    expect(familyOf('attack.named-person')).toBe('named-attack');
    expect(RULE_IDS).toContain('understanding');
  });

  it("titles a card by its rule where the family's label would mislead, by its family otherwise", () => {
    for (const rule of Object.keys(RULE_LABELS)) expect(RULE_FAMILIES[rule], rule).toBeDefined(); // no title for a rule that does not exist
    expect(labelOf({ ruleId: 'work-hours' })).toBe('Posting hours');
    expect(labelOf({ ruleId: 'never-say', family: 'other-identity' })).toBe('Words you never say here');
    expect(labelOf({ ruleId: 'belongs-elsewhere' })).toBe(FAMILY_LABELS['other-identity']);
    expect(labelOf({ ruleId: 'attack.named-person', family: 'named-attack' })).toBe('Attacks on named people');
  });

  it('every warning the engine raises carries the family of its rule id', () => {
    const p = { identities: [{ id: 'w', name: 'Work', role: 'company' as const, never: ['Project Kite'] }, { id: 'p', name: 'Personal', handles: ['@kit'] }] };
    const text = 'Project Kite ships, ask @kit. Minister Loy has the brains of a teaspoon. Damn. NDA.';
    // The rules alone, and with the learned model deciding the language families.
    for (const model of [null, undefined]) {
      const ws = evaluate({ text, identityId: 'w' }, p, model === null ? { model } : {});
      expect(ws.length).toBeGreaterThanOrEqual(3);
      for (const w of ws) {
        expect(w.family).toBe(familyOf(w.ruleId));
        expect(RULE_FAMILIES[w.ruleId], w.ruleId).toBeDefined();
      }
    }
  });
});

describe('roles', () => {
  it('are the roles of the corpus and refuse anything else in one sentence', () => {
    expect([...ROLES]).toEqual([...CORPUS_ROLES]);
    const r = parseProfile({ identities: [{ id: 'pro', name: 'Work', role: 'doctor' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('identities[0] (pro).role: Unknown role "doctor"; choose one of clinician, teacher, lawyer, company, public-servant, journalist, personal.');
    }
    expect(parseProfile({ identities: [{ id: 'pro', name: 'Work', role: 'clinician' }] }).ok).toBe(true);
  });

  it('are inferred from the name when the identity does not say', () => {
    expect(inferRole('Dental Clinic')).toBe('clinician');
    expect(inferRole('Year 6 teacher')).toBe('teacher');
    expect(inferRole('Harlow Law')).toBe('lawyer');
    expect(inferRole('Newsroom')).toBe('journalist');
    expect(inferRole('City Council')).toBe('public-servant');
    expect(inferRole('Professional')).toBe('company');
    expect(inferRole('Personal')).toBe('personal');
    expect(inferRole('Addie')).toBe('personal');
  });

  it('decide the default lexicons and which families are the job', () => {
    expect(activeLexicons(identity({ role: 'personal' }))).toEqual(new Set(['confidential-work']));
    expect(activeLexicons(identity({ role: 'clinician' })).has('health')).toBe(false);
    expect(activeLexicons(identity({ role: 'lawyer' })).has('private-life')).toBe(false);
    expect(activeLexicons(identity({ role: 'journalist' })).has('politics')).toBe(false);
    expect(activeFamilies(identity({ role: 'clinician' })).health).toBe('job');
    expect(activeFamilies(identity({ role: 'public-servant' })).politics).toBe('stop');
    const personal = activeFamilies(identity({ role: 'personal' }));
    expect([personal.profanity, personal.politics, personal['private-life'], personal.health, personal.substances]).toEqual(['off', 'off', 'off', 'off', 'off']);
    expect([personal['third-party'], personal.confidential]).toEqual(['stop', 'stop']);
    expect(activeFamilies(identity({ role: 'personal', families: { politics: true } })).politics).toBe('caution');
    expect(activeFamilies(identity({ role: 'company', families: { profanity: false } })).profanity).toBe('off');
    expect(activeFamilies(identity({ role: 'company', rules: { understanding: false } })).profanity).toBe('off');
  });

  it('let the personal identity swear and talk politics, but not about patients or secrets', () => {
    const p = { identities: [{ id: 'me', name: 'Me', role: 'personal' as const }, { id: 'ward', name: 'Ward', role: 'clinician' as const }] };
    const fams = (text: string) => evaluate({ text, identityId: 'me' }, p).filter((w) => w.severity !== 'info').map((w) => w.family);
    expect(fams('Fucking hell, the Tories again. Three pints and bed.')).toEqual([]);
    expect(fams('The lady in bay 7 kept pulling her cannula out all night')).toContain('third-party');
    expect(fams('Between us, the ward closes in June and nobody has been told yet')).toContain('confidential');
  });

  it("decide what is a lawyer's job and what is a family lawyer's own private life", () => {
    const p = { identities: [{ id: 'firm', name: 'Firm', role: 'lawyer' as const }] };
    const fams = (text: string) => evaluate({ text, identityId: 'firm' }, p).filter((w) => w.severity !== 'info').map((w) => w.family);
    expect(fams('Separating parents: five things to agree before the custody hearing.')).toEqual([]);
    expect(fams('My ex has stopped paying maintenance again.')).toContain('private-life');
  });

  it('the words of a "This is fine here" are not warned about again in that family', () => {
    const base = { id: 'w', name: 'Work', role: 'company' as const };
    const text = 'Damn, what a launch.';
    expect(evaluate({ text, identityId: 'w' }, { identities: [base] }).map((w) => w.family)).toContain('profanity');
    expect(evaluate({ text, identityId: 'w' }, { identities: [{ ...base, fine: { profanity: ['damn'] } }] }).map((w) => w.family)).not.toContain('profanity');
  });
});
