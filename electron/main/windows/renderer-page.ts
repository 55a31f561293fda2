import { APP_ENTRY, appPageUrl } from '../security/app-protocol';

/** Where our bundled UI lives and how a window asks for one of its views. */
export interface RendererPage {
  /** Absolute path of the bundled renderer folder (out/renderer), served as app://hatstand/. */
  root: string;
  /** app://hatstand/index.html: what windows load, and what the IPC sender check and navigation policy compare against. */
  url: string;
}

export function rendererPage(root: string): RendererPage {
  return { root, url: APP_ENTRY };
}

/** The URL a window loads for one of our views. */
export function pageUrl(_page: RendererPage, query: Record<string, string>): string {
  return appPageUrl(query);
}

export type RendererView = 'launcher' | 'identity' | 'popup' | 'log';
