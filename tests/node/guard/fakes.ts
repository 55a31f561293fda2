/** Deterministic fakes for the post guard's injected dependencies. */
import type {
  AccountStore,
  ChromeAnswer,
  ConfirmPrompt,
  GuardClock,
  GuardEvent,
  GuardNotice,
  GuardWarning,
  PostGuardDeps,
  PostPolicy,
} from '../../../electron/main/services/post-guard';

export class FakeClock implements GuardClock {
  private time = 1_764_000_000_000;
  private timers: Array<{ id: number; at: number; fn: () => void }> = [];
  private nextId = 1;

  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  pendingTimers(): number {
    return this.timers.length;
  }
  /** Moves time forward, firing due timers in order and letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await flush();
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
    }
    this.time = target;
    await flush();
  }
}

/** Lets queued promise callbacks run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export class MemoryAccounts implements AccountStore {
  readonly data = new Map<string, string>();
  get(key: string): string | undefined {
    return this.data.get(key);
  }
  set(key: string, value: string): void {
    this.data.set(key, value);
  }
}

/** A chrome whose answers the test gives, one prompt at a time. */
export class FakeChrome {
  readonly prompts: ConfirmPrompt[] = [];
  private answers: Array<(a: ChromeAnswer) => void> = [];
  private failures: Array<(e: unknown) => void> = [];

  ask = (prompt: ConfirmPrompt): Promise<ChromeAnswer> => {
    this.prompts.push(prompt);
    return new Promise<ChromeAnswer>((resolve, reject) => {
      this.answers.push(resolve);
      this.failures.push(reject);
    });
  };
  answer(a: ChromeAnswer): void {
    const next = this.answers.shift();
    this.failures.shift();
    if (!next) throw new Error('the chrome was not asked');
    next(a);
  }
  fail(error: unknown): void {
    this.answers.shift();
    this.failures.shift()?.(error);
  }
}

export interface Harness {
  deps: PostGuardDeps;
  clock: FakeClock;
  chrome: FakeChrome;
  accounts: MemoryAccounts;
  events: GuardEvent[];
  notices: GuardNotice[];
  policies: Map<string, PostPolicy>;
  warningsFor: (text: string) => GuardWarning[];
  types(): string[];
}

export const PROFESSIONAL = '6f1c7c2e-9a61-4b8e-8d7e-0d0f8a9b1c2d';
export const PERSONAL = '0b8e1c0d-3a2b-4c5d-8e9f-1a2b3c4d5e6f';

export function harness(overrides: Partial<PostGuardDeps> = {}): Harness {
  const clock = new FakeClock();
  const chrome = new FakeChrome();
  const accounts = new MemoryAccounts();
  const events: GuardEvent[] = [];
  const notices: GuardNotice[] = [];
  const policies = new Map<string, PostPolicy>([
    [PROFESSIONAL, { confirm: 'always' }],
    [PERSONAL, { confirm: 'on-warnings' }],
  ]);
  const h: Harness = {
    clock,
    chrome,
    accounts,
    events,
    notices,
    policies,
    // A tiny stand-in for the warning engine: flags the word "boss".
    warningsFor: (text) => {
      const i = text.toLowerCase().indexOf('boss');
      return i === -1 ? [] : [{ ruleId: 'never-say', severity: 'caution', start: i, end: i + 4, message: '"boss" is on the never-say list of Professional.' }];
    },
    types: () => events.map((e) => e.type),
    deps: undefined as unknown as PostGuardDeps,
  };
  h.deps = {
    evaluate: (text) => h.warningsFor(text),
    policyFor: (id) => policies.get(id) ?? { confirm: 'always' },
    askChrome: chrome.ask,
    accounts,
    log: (e) => events.push(e),
    notify: (n) => notices.push(n),
    clock,
    identityName: (id) => (id === PROFESSIONAL ? 'Professional' : id === PERSONAL ? 'Personal' : id),
    chromeTimeoutMs: 60_000,
    ...overrides,
  };
  return h;
}

export function tweet(text: string, cookie?: string) {
  return {
    method: 'POST',
    url: 'https://x.com/i/api/graphql/oB-5XsHNAbjvARJEc8CZFw/CreateTweet',
    headers: cookie ? { cookie } : {},
    body: JSON.stringify({ variables: { tweet_text: text, media: { media_entities: [] } }, queryId: 'oB-5XsHNAbjvARJEc8CZFw' }),
  };
}
