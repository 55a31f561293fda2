/** nlp.js's language packs ship no types: the Snowball stemmer classes the model's word features use (stem.ts). */
declare module '@nlpjs/lang-de/src/stemmer-de' {
  export default class { stemWord(word: string): string; }
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  export default class { stemWord(word: string): string; }
}
declare module '@nlpjs/lang-es/src/stemmer-es' {
  export default class { stemWord(word: string): string; }
}
declare module '@nlpjs/lang-fr/src/stemmer-fr' {
  export default class { stemWord(word: string): string; }
}
