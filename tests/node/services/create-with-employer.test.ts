/**
 * Issue 9: a new identity can say where it works. The validation profiles set
 * up "the way a user would in a few minutes" never named an employer, and
 * without it a complaint about the employer is found only by its form; asking
 * once, when the identity is created, is what makes it known.
 */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/services/api/handlers';
import { contract } from '../../../shared/ipc/contract';
import { firstIssueSentence, humanIssue } from '../../../shared/ipc/human-errors';
import { windowWorld } from '../glue/support/windows';

function world() {
  const w = windowWorld();
  const services = createHandlers({ store: w.store, windows: w.windows, guardChrome: { show: () => false, hide: () => {}, notice: () => {} } });
  return { w, services };
}
const launcher = { window: 'launcher' } as const;

describe('creating an identity with its employer', () => {
  it('stores the role and the employer with its warning settings, and a complaint naming it is warned about from the other identities', async () => {
    const { w, services } = world();
    const created = await services.handlers['identities:create']({ name: 'Ward 9', color: '#15803d', avatar: '🩺', role: 'clinician', employer: "St Mary's Hospital" }, launcher);
    expect(services.warnings.settingsFor(created.id)).toMatchObject({ role: 'clinician', employer: ["St Mary's Hospital"] });
    const warned = services.warnings.evaluate(w.personal.id, "St Mary's Hospital: the heating hasn't worked since March and nobody cares.");
    expect(warned.map((x) => x.ruleId)).toContain('employer.complaint');
  });

  it('refuses an employer that is no term, in one sentence, before anything is created', async () => {
    const { w, services } = world();
    const before = w.store.identities.list().length;
    const parsed = contract['identities:create'].input.safeParse({ name: 'Ward 9', color: '#15803d', avatar: '🩺', employer: '   ' }, { error: humanIssue });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(firstIssueSentence(parsed.error)).toBe('A term cannot be empty.');
    // The handler checks again (a caller that skips the contract): a control character is refused and nothing is created.
    await expect(services.handlers['identities:create']({ name: 'Ward 9', color: '#15803d', avatar: '🩺', employer: 'St Mary\u0001s' }, launcher)).rejects.toThrow(
      /invalid or control character/,
    );
    expect(w.store.identities.list().length).toBe(before);
  });
});
