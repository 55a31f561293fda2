import type { HatstandApi } from '../../shared/ipc/api';

// Pages under test expose the same `window.hatstand` as the app's preload.
declare global {
  interface Window {
    hatstand: HatstandApi;
  }
}
export {};
