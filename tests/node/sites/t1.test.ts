import { describe, expect, it } from 'vitest';
import { bodyNeed, classify } from '../../../shared/sites';
import { field, parseBody, parseForm, parseHttpBatch } from '../../../shared/sites/body';

describe('round t1: transports and encodings', () => {
  it('reads an HTTP batch endpoint whole, whatever the heuristic would watch', () => {
    expect(bodyNeed({ method: 'POST', url: 'https://www.googleapis.com/batch/youtube/v3', headers: {} }).need).toBe('all');
    expect(bodyNeed({ method: 'POST', url: 'https://graph.example.com/v1/$batch', headers: {} }).need).toBe('all');
  });

  it('parses the requests of a multipart/mixed batch, with and without bodies, and refuses other multiparts', () => {
    const b = '--batch_x\r\nContent-Type: application/http\r\n\r\nGET /gmail/v1/users/me/messages/1\r\n--batch_x\r\nContent-Type: application/http\r\n\r\nPOST /v1/notes HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n--batch_x--\r\n';
    expect(parseHttpBatch(b)).toEqual({
      requests: [
        { method: 'GET', target: '/gmail/v1/users/me/messages/1', headers: {} },
        { method: 'POST', target: '/v1/notes', headers: { 'content-type': 'application/json' }, body: '{"a":1}' },
      ],
    });
    expect(parseHttpBatch('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n')).toBeUndefined();
  });

  it('does not open a batch inside a batch', () => {
    const inner = '--in\r\nContent-Type: application/http\r\n\r\nPOST /youtube/v3/commentThreads HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{"snippet":{"topLevelComment":{"snippet":{"textOriginal":"Great explanation, thank you so much for this."}}}}\r\n--in--';
    const outer = `--out\r\nContent-Type: application/http\r\n\r\nPOST /batch/youtube/v3 HTTP/1.1\r\n\r\n${inner}\r\n--out--\r\n`;
    expect(classify({ method: 'POST', url: 'https://www.googleapis.com/batch/youtube/v3', headers: {}, body: outer }).type).toBe('undecided');
  });

  it('reads windows-1252 bytes in a form, and keeps a UTF-8 sequence cut off at the end as written', () => {
    expect(parseForm('m=caf%E9+cr%E8me+%93ok%94&x=%E2%82').get('m')).toBe('café crème “ok”');
    expect(parseForm('x=%E2%82').get('x')).toBe('%E2%82');
    expect(parseForm('m=Gr%C3%BC%C3%9Fe').get('m')).toBe('Grüße');
  });

  it('guesses a legacy charset from the first 64 KB of a long form value, and reads the whole value in it (round cs1)', () => {
    // こんにちは in Shift_JIS, 10 bytes, past the guess's 64 KB: the guess reads a prefix cut inside a character.
    const hello = '%82%B1%82%F1%82%C9%82%BF%82%CD';
    const value = `${hello}+`.repeat(7000);
    const text = String(field(parseBody(`MESSAGE=${value}&bbs=news&key=1`, 'application/x-www-form-urlencoded'), 'MESSAGE'));
    expect(text.startsWith('こんにちは こんにちは')).toBe(true);
    expect(text.trimEnd().split(' ').every((w) => w === 'こんにちは')).toBe(true);
  });

  // Escapes a text in a legacy double-byte charset, its bytes found by decoding the charset's range.
  const legacyEscapes = (label: string, text: string): string => {
    const decoder = new TextDecoder(label);
    const bytes = new Map<string, string>();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const c = decoder.decode(Uint8Array.of(lead, trail));
        if (!bytes.has(c)) bytes.set(c, `%${lead.toString(16).toUpperCase()}%${trail.toString(16).toUpperCase()}`);
      }
    }
    return [...text].map((c) => bytes.get(c)!).join('');
  };
  const formField = (body: string, name: string) => field(parseBody(body, 'application/x-www-form-urlencoded'), name);

  it('keeps a UTF-8 form UTF-8 when one of its values is not: a prefilled Latin-1 value or a raw-byte token (cs1 review, D3)', () => {
    const spanish = 'message=Informaci%C3%B3n+p%C3%BAblica+%C2%BFs%C3%AD%3F&city=M%E1laga';
    expect(formField(spanish, 'message')).toBe('Información pública ¿sí?');
    expect(formField(spanish, 'city')).toBe('Málaga');
    const portuguese = 'message=Informa%C3%A7%C3%B5es+sobre+a+a%C3%A7%C3%A3o+n%C3%A3o+s%C3%A3o+p%C3%BAblicas.';
    expect(formField(`${portuguese}&token=%68%8B%E7%72`, 'message')).toBe('Informações sobre a ação não são públicas.');
    expect(formField(`token=%8A%F3%11%C7&${portuguese}`, 'message')).toBe('Informações sobre a ação não são públicas.');
    // A GBK form's short value may be valid UTF-8 by chance (山水 is C9 BD CB AE); its longer message is not, and wins.
    const gbk = `subject=${legacyEscapes('gbk', '山水')}&content=${legacyEscapes('gbk', '我的电脑开机后黑屏，请问怎么办？')}&submit=1`;
    expect(formField(gbk, 'subject')).toBe('山水');
    expect(formField(gbk, 'content')).toBe('我的电脑开机后黑屏，请问怎么办？');
  });

  it('guesses the charset of a long value with no ASCII byte in its first 64 KB (cs1 review, D4)', () => {
    const chinese = '我们已经收到了您的来信非常感谢您的支持和帮助'.repeat(1500);
    expect(formField(`content=${legacyEscapes('gbk', chinese)}&submit=1`, 'content')).toBe(chinese);
    const kana = 'ありがとうございますよろしくおねがいします'.repeat(2000);
    expect(formField(`MESSAGE=${legacyEscapes('shift_jis', kana)}&bbs=news&key=1`, 'MESSAGE')).toBe(kana);
  });

  it('keeps a Drupal node form saved with Published ticked a post, and a batch within its caps decided as before', () => {
    const text = 'Our clinic will be closed on Friday for staff training; the phone line stays open for emergencies.';
    const node = `title%5B0%5D%5Bvalue%5D=Closure&body%5B0%5D%5Bvalue%5D=${encodeURIComponent(text)}&status%5Bvalue%5D=1&form_id=node_article_form&op=Save`;
    const form = { referer: 'https://parish.example.org/node/add/article', 'content-type': 'application/x-www-form-urlencoded' };
    expect(classify({ method: 'POST', url: 'https://parish.example.org/node/add/article', headers: form, body: node }).type).toBe('post');
    const queries = Array.from({ length: 50 }, (_, i) => ({ operationName: `Q${i}`, variables: {}, query: `query Q${i} { viewer { id } }` }));
    const json = { referer: 'https://app.example.org/p/1', 'content-type': 'application/json' };
    expect(classify({ method: 'POST', url: 'https://app.example.org/graphql', headers: json, body: JSON.stringify(queries) }).type).toBe('not-post');
  });
});
