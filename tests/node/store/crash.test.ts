import { fork } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionOf, openStore } from '../../../electron/main/services/store';
import { tempDir } from './helpers';

const CHILD = join(__dirname, 'crash-child.ts');
const DEBOUNCE_MS = 250;
const CHARS_PER_SECOND = 200;

interface Progress {
  typed: number;
  saved: number;
  batches: number;
}

/** Runs the typing child, kills it with SIGKILL after `ms`, and returns what it had reported. */
function runAndKill(file: string, draftId: string, ms: number): Promise<Progress> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [file, draftId, String(DEBOUNCE_MS)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const progress: Progress = { typed: 0, saved: 0, batches: 0 };
    child.on('message', (m: { ready?: boolean; typed?: number; saved?: number; batch?: number }) => {
      if (m.typed !== undefined) progress.typed = m.typed;
      if (m.saved !== undefined) progress.saved = m.saved;
      if (m.batch !== undefined) progress.batches = m.batch;
      if (m.ready) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code ?? signal} before it was killed`));
      else resolve(progress);
    });
  });
}

describe('crash safety', () => {
  it('a draft survives SIGKILL in the middle of typing with at most about a second lost, and the file stays intact', async () => {
    const dir = tempDir();
    const file = join(dir, 'hatstand.db');
    const setup = openStore(file);
    const [personal] = setup.identities.ensureDefaults();
    const draft = setup.drafts.create(personal!.id, '');
    setup.close();

    for (const killAfter of [1200, 1730, 2410]) {
      const before = openStore(file);
      const startText = before.drafts.get(draft.id).text;
      before.close();
      // Each run continues typing from the start: the child's text restarts, so compare with what it reported.
      const progress = await runAndKill(file, draft.id, killAfter);
      expect(progress.saved).toBeGreaterThan(0);

      const after = openStore(file);
      expect(after.integrityCheck()).toEqual(['ok']);
      const text = after.drafts.get(draft.id).text;
      // Everything save() returned for is there (it may hold one more save the parent had not heard of yet).
      expect(text.length).toBeGreaterThanOrEqual(progress.saved);
      expect(text.length).toBeLessThanOrEqual(progress.typed);
      const lostChars = progress.typed - text.length;
      expect(lostChars / CHARS_PER_SECOND).toBeLessThanOrEqual(1);
      expect(text).toBe('abcdefghijklmnopqrstuvwxyz'.repeat(Math.ceil(text.length / 26)).slice(0, text.length));
      expect(text).not.toBe(startText);
      // Multi-row transactions are all or nothing: every batch is complete, none half-written.
      const db = connectionOf(after);
      const incomplete = db
        .prepare("SELECT details ->> 'batch' AS batch, count(*) AS n FROM activity WHERE kind = 'site.opened' GROUP BY 1 HAVING n % 500 <> 0")
        .all();
      expect(incomplete).toEqual([]);
      expect((db.prepare("SELECT count(*) AS n FROM activity WHERE kind = 'site.opened'").get() as { n: number }).n).toBeGreaterThan(0);
      after.close();
    }
  }, 30_000);
});
