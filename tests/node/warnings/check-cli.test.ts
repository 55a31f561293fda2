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

describe('npm run check (scripts/check.ts)', () => {
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
});
