export { PostGuard, accountKey, refusedBeforeNote, DEFAULT_CHROME_TIMEOUT_MS, DEFAULT_INLINE_MAX_CHARS, DEFAULT_GESTURE_WINDOW_MS } from './post-guard';
export { MAX_REFUSED_REMEMBERED, REFUSAL_RETENTION_MS, WORKBOX_RETENTION_MS, KEY_WAIT_MS, type PersistedRefusals, type RefusalRecord } from './refused-posts';
export { OffThreadRecogniser, DEFAULT_OFF_THREAD_TIMEOUT_MS, type WorkerLike } from './off-thread';
export { defaultPolicyFor, coolingOffMs } from './policy';
export type * from './types';
export { Abort, type AbortLike } from './abort';
