export { PostGuard, accountKey, DEFAULT_CHROME_TIMEOUT_MS } from './post-guard';
export { defaultPolicyFor, coolingOffMs } from './policy';
export type * from './types';
