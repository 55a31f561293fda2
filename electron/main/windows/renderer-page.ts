import { pathToFileURL } from 'node:url';

/** Where our bundled UI lives and how a window asks for one of its views. */
export interface RendererPage {
  /** Absolute path of out/renderer/index.html. */
  file: string;
  /** The same as a file:// URL, used to check IPC senders and navigations. */
  url: string;
}

export function rendererPage(file: string): RendererPage {
  return { file, url: pathToFileURL(file).toString() };
}

export type RendererView = 'launcher' | 'identity' | 'popup' | 'log';
