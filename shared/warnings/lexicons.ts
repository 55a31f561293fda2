import { LEXICON_NAMES, type LexiconName } from './profile';
import type { Severity } from './types';
import type { Family } from './families';

/**
 * Built-in lexicons. Short on purpose: each term here fires on every post of
 * an identity that has the lexicon on, so ambiguous words ("joint", "hinge",
 * "wasted", "labour") are left out, and words that are often fine in public
 * ("client", "patient") only give an 'info' note. Each identity can add and
 * remove terms (`lexiconEdits` in the profile).
 */
export interface Lexicon {
  /** Completes "'<term>' ..., which <identity> keeps out of its posts." */
  describe: string;
  terms: Partial<Record<Severity, readonly string[]>>;
}

export const LEXICONS: Record<LexiconName, Lexicon> = {
  profanity: {
    describe: 'is profanity',
    terms: {
      caution: [
        'fuck', 'fucks', 'fucking', 'fucked', 'fucker', 'fuckers', 'motherfucker', 'shit', 'shits', 'shitty', 'shitshow',
        'bullshit', 'horseshit', 'asshole', 'assholes', 'arsehole', 'arseholes', 'arse', 'bastard', 'bastards', 'bitch',
        'bitches', 'bitching', 'bollocks', 'wanker', 'wankers', 'twat', 'twats', 'dickhead', 'dickheads', 'prick', 'pricks',
        'douchebag', 'douchebags', 'goddamn', 'goddammit', 'wtf', 'stfu', 'ffs', 'omfg', 'pissed off', 'piss off', 'crappy',
        'scheiße', 'scheisse', 'putain', 'merde', 'joder', 'mierda', 'cazzo', 'kurwa',
      ],
      info: ['crap', 'damn', 'dammit', 'sucks'],
    },
  },
  politics: {
    describe: 'is partisan politics',
    terms: {
      caution: [
        'democrats', 'republicans', 'gop', 'maga', 'libtard', 'libtards', 'trump', 'biden', 'tories', 'tory', 'labour party',
        'lib dems', 'reform uk', 'afd', 'brexit', 'brexiteers', 'remoaners', 'leftist', 'leftists', 'right-wing', 'left-wing',
        'far right', 'far left', 'snowflakes', 'antifa', 'fascist', 'fascists', 'communists', 'socialists', 'pro-life',
        'pro-choice', 'abortion', 'abortions', 'gun control', 'second amendment', 'impeach', 'impeachment', 'vote them out',
        'election fraud', 'stolen election', 'border wall', 'deportations', 'culture war', 'culture wars',
      ],
    },
  },
  health: {
    describe: 'is a health or medical detail',
    terms: {
      caution: [
        'my therapist', 'therapy session', 'therapy sessions', 'diagnosed', 'diagnosis', 'chemo', 'chemotherapy', 'biopsy',
        'tumour', 'tumours', 'tumor', 'tumors', 'antidepressants', 'ssris', 'sertraline', 'prozac', 'adhd meds', 'panic attack',
        'panic attacks', 'anxiety attack', 'anxiety attacks', 'depressive episode', 'mental breakdown', 'miscarriage',
        'miscarriages', 'ivf', 'pregnancy test', 'stds', 'hiv', 'rehab', 'colonoscopy', 'mri scan', 'blood test results',
        'my psychiatrist', 'my gp', 'sick note', 'my meds', 'my medication', 'surgery', 'hospital bed', 'my cancer', 'suicidal',
        'self-harm', 'eating disorder',
      ],
      info: ['migraine', 'migraines', 'my doctor', 'prescription', 'covid', 'relapse', 'insulin'],
    },
  },
  'private-life': {
    describe: 'is about family or private life',
    terms: {
      caution: [
        'divorce', 'divorced', 'divorcing', 'my ex', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'custody',
        'custody battle', 'break-up', 'breakup', 'broke up', 'dating app', 'dating apps', 'tinder', 'bumble', 'grindr', 'hookup',
        'hooked up', 'one night stand', 'having an affair', 'cheated on me', 'marriage counselling', 'couples therapy', 'sexy',
        'nudes', 'in-laws', 'my home address', 'our home address', 'my phone number', 'family drama', 'sex life',
      ],
    },
  },
  substances: {
    describe: 'is about alcohol or drugs',
    terms: {
      caution: [
        'hungover', 'hangover', 'hangovers', 'drunk', 'tipsy', 'wasted last night', 'beers', 'pints', 'pint', 'vodka', 'tequila',
        'tequila shots', 'jägerbombs', 'weed', 'stoned', 'high af', 'cocaine', 'edibles', 'mdma', 'booze', 'boozy', 'pub crawl',
        'day drinking', 'bottle of wine', 'bottles of wine', 'prosecco', 'cocktails', 'margaritas', 'mimosas', 'shrooms',
        'ketamine', 'bong',
      ],
      info: ['beer', 'wine', 'gin', 'whisky', 'whiskey', 'rum', 'lager', 'pub'],
    },
  },
  'confidential-work': {
    describe: 'looks like confidential work information',
    terms: {
      stop: [
        'nda', 'ndas', 'under nda', 'strictly confidential', 'internal only', 'internal use only', 'do not share', 'do not forward',
        "don't share this", 'not public yet', 'not announced yet', 'under embargo', 'embargoed', 'trade secret', 'trade secrets',
        'insider information', 'pre-announcement', 'board deck', 'patient names', 'patient records', 'client list', 'salary bands',
        'layoff list', 'internal memo',
      ],
      caution: [
        'confidential', 'unreleased', 'leaked', 'layoffs', 'acquisition talks', 'codename', 'code name', 'q3 numbers',
        'q4 numbers', 'revenue numbers',
      ],
      info: ['internal', 'client', 'clients', 'patient', 'patients', 'my boss', 'our client'],
    },
  },
};

/** The family each lexicon's warnings belong to. */
export const LEXICON_FAMILY: Record<LexiconName, Family> = {
  profanity: 'profanity',
  politics: 'politics',
  health: 'health',
  'private-life': 'private-life',
  substances: 'substances',
  'confidential-work': 'confidential',
};

/** The strict set is every lexicon. */
export const STRICT_SET: readonly LexiconName[] = LEXICON_NAMES;
export const LIGHT_SET: readonly LexiconName[] = ['confidential-work'];

/** An identity named like a work identity gets the strict set by default (see roles.ts). */
export { WORK_NAME } from './roles';
