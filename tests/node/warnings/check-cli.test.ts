import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const profile = join(root, 'tests/fixtures/corpus/profile.json');

function check(args: string[], input = '') {
  const r = spawnSync(tsx, ['scripts/check.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each check starts tsx anew (some 3 s on a loaded two-core runner) and a test runs up to seven: more than the default 20 s.
describe('npm run check (scripts/check.ts)', { timeout: 90_000 }, () => {
  it('prints the warnings for the text on stdin as JSON', () => {
    const r = check(['--profile', profile, '--identity', 'professional', '--at', '2026-03-08T02:10:00+01:00', '--site', 'linkedin.com'], 'Went bouldering, ask @addie_b@mastodon.social\n');
    expect(r.code).toBe(0);
    const ws = JSON.parse(r.stdout) as { ruleId: string; start: number; end: number }[];
    expect(ws.map((w) => w.ruleId)).toEqual(['work-hours', 'belongs-elsewhere', 'other-identity-mention']);
    expect(ws[1]).toMatchObject({ start: 5, end: 15 });
  });

  it('prints [] for a fine text and honours --clipboard-from', () => {
    expect(JSON.parse(check(['--profile', profile, '--identity', 'personal'], 'Pancakes for everyone!').stdout)).toEqual([]);
    const r = check(['--profile', profile, '--identity', 'personal', '--clipboard-from', 'professional'], 'Pancakes');
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ ruleId: 'clipboard', otherIdentityId: 'professional' })]);
  });

  it('fails with a clear message on an unknown identity, a bad profile or bad arguments', () => {
    const unknown = check(['--profile', profile, '--identity', 'nobody'], 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no identity has the id 'nobody'");
    expect(unknown.stderr).toContain("'personal', 'professional'");

    const dir = mkdtempSync(join(tmpdir(), 'hatstand-check-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ identities: [{ id: 'a', name: 'A', never: ['ok', ''] }] }));
    const badProfile = check(['--profile', bad, '--identity', 'a'], 'x');
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toContain('identities[0] (a).never[1]: A term cannot be empty.');

    writeFileSync(bad, '{ not json');
    expect(check(['--profile', bad, '--identity', 'a'], 'x').stderr).toContain('The profile is not valid JSON');
    expect(check(['--profile', join(dir, 'missing.json'), '--identity', 'a'], 'x').stderr).toContain('cannot read the profile file');
    const noIdentity = check(['--profile', profile], 'x');
    expect(noIdentity.code).toBe(2);
    expect(noIdentity.stderr).toContain('--identity is required');
    expect(check(['--profile', profile, '--identity', 'personal', '--at', 'soon'], 'x').stderr).toContain("--at 'soon' is not a time");
  });

  it('honours roles: an unknown role is refused in one sentence, a known one decides the warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hatstand-check-'));
    const file = join(dir, 'roles.json');
    writeFileSync(file, JSON.stringify({ identities: [{ id: 'pro', name: 'Work', role: 'doctor' }] }));
    const bad = check(['--profile', file, '--identity', 'pro'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`check: ${file}: identities[0] (pro).role: Unknown role "doctor"; choose one of clinician, teacher, lawyer, company, public-servant, journalist, personal.`);

    writeFileSync(file, JSON.stringify({ identities: [{ id: 'ward', name: 'Ward', role: 'clinician' }, { id: 'me', name: 'Me', role: 'personal' }] }));
    const text = 'Mr Okon in bed 2 pulled his cannula out again overnight.';
    const onWard = JSON.parse(check(['--profile', file, '--identity', 'ward'], text).stdout) as { family: string; start: number; end: number }[];
    expect(onWard.map((w) => w.family)).toContain('third-party');
    const w = onWard.find((x) => x.family === 'third-party')!;
    expect(text.slice(w.start, w.end)).toContain('Mr Okon');
    const job = JSON.parse(check(['--profile', file, '--identity', 'ward'], 'Sepsis kills: know the signs, ask "could it be sepsis?"').stdout) as unknown[];
    expect(job).toEqual([]);
    const lexical = JSON.parse(check(['--profile', file, '--identity', 'ward', '--depth', 'lexical'], text).stdout) as unknown[];
    expect(Array.isArray(lexical)).toBe(true);
    expect(check(['--profile', file, '--identity', 'ward', '--depth', 'deep'], text).stderr).toContain("--depth 'deep' is not a depth");
  });
});

