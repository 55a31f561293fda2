export function linuxSandboxAdvice(options: {
  /** `chrome-sandbox` as the person should type it (relative to the project when possible). */
  sandboxHelper: string;
  platform?: NodeJS.Platform;
  readFile?: (path: string) => string;
  stat?: (path: string) => { uid: number; mode: number };
}): string | null;
