export { PostGuard, accountKey, DEFAULT_CHROME_TIMEOUT_MS, DEFAULT_INLINE_MAX_CHARS, DEFAULT_GESTURE_WINDOW_MS } from './post-guard';
export { OffThreadRecogniser, DEFAULT_OFF_THREAD_TIMEOUT_MS, type WorkerLike } from './off-thread';
export { defaultPolicyFor, coolingOffMs } from './policy';
export type * from './types';
export { Abort, type AbortLike } from './abort';
