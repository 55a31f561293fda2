/** Loads tests/fixtures/requests/<site>/<case>.json into requests for recognisePost. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyGap, OutgoingRequest, RecognisedPost } from '../../../shared/sites';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/requests');
/**
 * A second set, written from sources that were not used while writing the
 * rules, before it was first run (see its README): a check that the rules
 * generalise rather than fit the fixtures they were written against.
 */
export const HELD_OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/requests-heldout');

export interface RequestFixture {
  site: string;
  name: string;
  description: string;
  source: string;
  request: OutgoingRequest;
  expect: (Omit<RecognisedPost, 'adapter'> & { adapter?: string }) | null;
  /**
   * With `expect: null`: `true` when the guard must hold the request as `undecided` (it may publish words it
   * cannot read), `false` when it must answer "not a post" outright (not hold it). Round r7's compressed and
   * unreadable bodies on sites without an adapter.
   */
  undecided?: boolean;
}

interface RawFixture {
  description: string;
  source: string;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
    bodyJson?: unknown;
    bodyForm?: Record<string, string>;
    /**
     * Raw bytes of the body, base64: decoded as UTF-8 the way the session glue decodes upload data
     * (electron/main/session/upload-body.ts), so a gzip or brotli body arrives as the guard sees it.
     */
    bodyBase64?: string;
    /** Why the glue could not hand over the whole body (a file part, a stream, a Blob it skipped). */
    bodyGap?: BodyGap;
  };
  expect: RequestFixture['expect'];
  undecided?: boolean;
}

export function toRequest(raw: RawFixture['request']): OutgoingRequest {
  let body = raw.body;
  if (raw.bodyJson !== undefined) body = JSON.stringify(raw.bodyJson);
  if (raw.bodyForm !== undefined) body = new URLSearchParams(raw.bodyForm).toString();
  if (raw.bodyBase64 !== undefined) body = new TextDecoder('utf-8').decode(Buffer.from(raw.bodyBase64, 'base64'));
  const request: OutgoingRequest = { method: raw.method, url: raw.url, headers: raw.headers };
  if (body !== undefined) request.body = body;
  if (raw.bodyGap !== undefined) request.bodyGap = raw.bodyGap;
  return request;
}

export function loadFixtures(dir = FIXTURES_DIR): RequestFixture[] {
  const out: RequestFixture[] = [];
  for (const site of readdirSync(dir).sort()) {
    if (!statSync(join(dir, site)).isDirectory()) continue;
    for (const file of readdirSync(join(dir, site)).sort()) {
      if (!file.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(join(dir, site, file), 'utf8')) as RawFixture;
      out.push({
        site,
        name: file.replace(/\.json$/, ''),
        description: raw.description,
        source: raw.source,
        request: toRequest(raw.request),
        expect: raw.expect,
        ...(raw.undecided !== undefined ? { undecided: raw.undecided } : {}),
      });
    }
  }
  return out;
}
