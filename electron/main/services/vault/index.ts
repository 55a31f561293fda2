export { SecretVault, type SecretVaultOptions } from './secret-vault';
export { VAULT_SERVICE, accountKey, type SecretRef } from './account-key';
export { loadKeytar, type KeychainBackend, type KeychainLoader } from './keychain-backend';
export { classifyKeychainError, VAULT_OUTCOME, type VaultOperation } from './keychain-errors';
