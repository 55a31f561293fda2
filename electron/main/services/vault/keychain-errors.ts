import { AppError } from '../../../../shared/result';

/** What the vault was doing, so the message can say what did (not) happen. */
export type VaultOperation = 'save' | 'read' | 'remove' | 'check';

export const VAULT_OUTCOME: Readonly<Record<VaultOperation, string>> = {
  save: 'Nothing was saved.',
  read: 'Your connected accounts are unchanged; Hatstand just cannot use them until then.',
  remove: 'Nothing was removed yet; the saved sign-in is still in the keychain.',
  check: 'Hatstand will not store any sign-in until then.',
};

// Patterns seen from libsecret / GDBus (Linux), Security.framework (macOS) and
// the Windows Credential Manager, as surfaced through keytar's error messages.
const LOCKED = [
  /locked collection/i,
  /\bis locked\b/i,
  /prompt (was )?dismissed/i,
  /user interaction is not allowed/i, // macOS: keychain locked and no UI allowed
  /user name or passphrase you entered is not correct/i,
  /user canceled/i,
];
const NO_DEFAULT_KEYRING = [/collection\/login/i, /no such (secret )?collection/i, /default collection/i];
const NO_SERVICE = [
  /autolaunch d-bus/i,
  /could not connect/i,
  /serviceunknown/i,
  /not provided by any \.service files/i,
  /org\.freedesktop\.secrets/i,
  /dbus/i,
  /no such interface/i,
];

export interface ClassifyOptions {
  operation: VaultOperation;
  platform?: NodeJS.Platform;
  /** Values that must never reach a message, even if the system echoed them. */
  secrets?: readonly string[];
}

/** Strips known secrets out of a system message before it is kept as `cause`. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) {
    if (s.length > 0) out = out.split(s).join('[secret]');
  }
  return out.slice(0, 300);
}

function keychainName(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Credential Manager';
  return 'system keychain (Secret Service)';
}

function unlockAdvice(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Unlock your login keychain in Keychain Access, then try again.';
  if (platform === 'win32') return 'Sign in to Windows again, then try again.';
  return 'Unlock your login keyring (for example in Passwords and Keys, or by logging out and in again), then try again.';
}

function installAdvice(platform: NodeJS.Platform): string {
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    return 'Unlock your login keyring or install gnome-keyring (or another Secret Service such as KeePassXC), make sure you are in a desktop session, then try again.';
  }
  return 'Restart Hatstand; if this keeps happening, check that your keychain is working in your system settings.';
}

/**
 * Turns whatever the keychain threw into an AppError a person can act on.
 * The original message is kept only as `cause` (scrubbed), never in `message`:
 * messages reach the UI and the activity log.
 */
export function classifyKeychainError(err: unknown, options: ClassifyOptions): AppError {
  const platform = options.platform ?? process.platform;
  const raw = err instanceof Error ? err.message : String(err);
  const where = keychainName(platform);
  const outcome = VAULT_OUTCOME[options.operation];
  let result: AppError;
  if (LOCKED.some((re) => re.test(raw))) {
    result = new AppError('vault/locked', `Your ${where} is locked. ${unlockAdvice(platform)} ${outcome}`);
  } else if (NO_DEFAULT_KEYRING.some((re) => re.test(raw))) {
    result = new AppError(
      'vault/unavailable',
      `Your ${where} has no login keyring to keep Hatstand's sign-ins in. Create one (in Passwords and Keys: a keyring named "Login", set as default) or log out and in again, then try again. ${outcome}`,
    );
  } else if (NO_SERVICE.some((re) => re.test(raw))) {
    result = new AppError('vault/unavailable', `Hatstand could not reach your ${where}. ${installAdvice(platform)} ${outcome}`);
  } else {
    result = new AppError('vault/unavailable', `Hatstand could not use your ${where}. ${installAdvice(platform)} ${outcome}`);
  }
  result.cause = new Error(scrub(raw, options.secrets));
  return result;
}

/** The keychain module itself (keytar, native) could not be loaded. */
export function keychainModuleError(err: unknown, operation: VaultOperation): AppError {
  const result = new AppError(
    'vault/unavailable',
    `Hatstand could not load its keychain module, so it cannot reach your system keychain. Reinstall Hatstand (developers: rebuild keytar for this Node or Electron version), then try again. ${VAULT_OUTCOME[operation]}`,
  );
  result.cause = new Error(scrub(err instanceof Error ? err.message : String(err)));
  return result;
}
