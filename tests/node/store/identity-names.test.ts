import { describe, expect, it } from 'vitest';
import { AvatarSchema, IdentityNameSchema } from '../../../shared/domain/identity';
import { clashWithOthers, colourDistance, confusableKeys, hasHiddenCharacters, looksAlike } from '../../../shared/domain/identity-rules';
import { tempStore, thrown } from './helpers';

/** Issue 12: identity names of zero-width or bidi characters, Cyrillic look-alikes and identical colours were accepted. */
describe('identity names a person can tell apart', () => {
  it.each([
    ['zero-width spaces only', '\u200B\u200B'],
    ['a bidi override', 'Work\u202Elanosrep'],
    ['a right-to-left isolate', '\u2067Personal\u2069'],
    ['a soft hyphen', 'Per\u00ADsonal'],
    ['a control character', 'Work\u0007'],
    ['a line separator', 'Work\u2028Life'],
    ['combining marks alone', '\u0301\u0301'],
  ])('refuses a name with %s', (_what, name) => {
    expect(IdentityNameSchema.safeParse(name).success).toBe(false);
    const { store } = tempStore();
    expect(thrown(() => store.identities.create({ name, color: '#15803d', avatar: 'W' })).code).toBe('store/invalid');
    expect(store.identities.list()).toHaveLength(0);
  });

  it('keeps emoji sequences, accents and other scripts', () => {
    for (const name of ['Ärzte', '👩🏽‍💻 Work', 'Família', 'Работа', '仕事', 'Tennis ❤️‍🔥']) {
      expect(IdentityNameSchema.safeParse(name).success, name).toBe(true);
    }
    expect(AvatarSchema.safeParse('🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}').success).toBe(true);
    expect(AvatarSchema.safeParse('\u200B').success).toBe(false);
    expect(hasHiddenCharacters('a\u200Db')).toBe(true);
  });

  it.each([
    ['Cyrillic look-alike letters', '\u0420ersonal'],
    ['mixed Cyrillic letters', '\u0420\u0435rs\u043En\u0430l'],
    ['full-width letters', '\uFF30\uFF25\uFF32\uFF33\uFF2F\uFF2E\uFF21\uFF2C'],
    ['a different case', 'PERSONAL'],
    ['digits standing in for letters', 'Pers0nal'],
    ['rn for m', 'Professionarn'],
  ])('refuses a name that looks like an existing one: %s', (_what, name) => {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    store.identities.create({ name: 'Professionam', color: '#15803d', avatar: 'P' });
    const err = thrown(() => store.identities.create({ name, color: '#7c3aed', avatar: 'X' }));
    expect(err.code).toBe('store/invalid');
    expect(err.message).toMatch(/looks the same as the identity .*choose a clearly different name\.$/);
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    expect(thrown(() => store.identities.update(pro.id, { name })).code).toBe('store/invalid');
    expect(store.identities.list()).toHaveLength(3);
  });

  it('refuses the same colour, or one too close to tell apart, as another identity', () => {
    const { store } = tempStore();
    const [personal, pro] = store.identities.ensureDefaults();
    expect(thrown(() => store.identities.create({ name: 'Club', color: personal!.color.toUpperCase(), avatar: 'C' })).message).toMatch(/the same as Personal\u2019s/);
    expect(thrown(() => store.identities.create({ name: 'Club', color: '#c3420d', avatar: 'C' })).message).toMatch(/too close to Personal\u2019s/);
    expect(thrown(() => store.identities.update(pro!.id, { color: personal!.color })).code).toBe('store/invalid');
    expect(store.identities.create({ name: 'Club', color: '#15803d', avatar: 'C' }).color).toBe('#15803d');
  });

  it('compares only what changes, so identities stored before these rules can still be edited', () => {
    expect(clashWithOthers({ name: 'Work' }, [{ name: 'Home', color: '#111111' }])).toBeNull();
    expect(clashWithOthers({}, [{ name: 'Personal', color: '#c2410c' }])).toBeNull();
    expect(looksAlike('Il', 'll')).toBe(true);
    expect(looksAlike('Personal', 'Professional')).toBe(false);
    expect(confusableKeys('\u0420ersonal')).toEqual(confusableKeys('Personal'));
    expect(colourDistance('#c2410c', '#1d4ed8')).toBeGreaterThan(50);
  });
});
