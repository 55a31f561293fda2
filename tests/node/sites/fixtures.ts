/** Loads tests/fixtures/requests/<site>/<case>.json into requests for recognisePost. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutgoingRequest, RecognisedPost } from '../../../shared/sites';

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
  };
  expect: RequestFixture['expect'];
}

export function toRequest(raw: RawFixture['request']): OutgoingRequest {
  let body = raw.body;
  if (raw.bodyJson !== undefined) body = JSON.stringify(raw.bodyJson);
  if (raw.bodyForm !== undefined) body = new URLSearchParams(raw.bodyForm).toString();
  const request: OutgoingRequest = { method: raw.method, url: raw.url, headers: raw.headers };
  if (body !== undefined) request.body = body;
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
      });
    }
  }
  return out;
}
