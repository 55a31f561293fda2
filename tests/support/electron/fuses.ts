/**
 * A model of the fuse wire inside an Electron 45 binary, for checking the
 * packaging configuration without the binary (docs/tutorial/fuses.md):
 * a sentinel, the wire version, the wire length, then one byte per fuse,
 * '0' off and '1' on. The order and the defaults are Electron's
 * build/fuses/fuses.json5 (schema version 1): run_as_node 1, cookie_encryption 0,
 * node_options 1, node_cli_inspect 1, embedded_asar_integrity_validation 0,
 * only_load_app_from_asar 0, load_browser_process_specific_v8_snapshot 0,
 * grant_file_protocol_extra_privileges 1, wasm_trap_handlers 1.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const ELECTRON_45_FUSES = [
  ['runAsNode', '1'],
  ['cookieEncryption', '0'],
  ['nodeOptions', '1'],
  ['nodeCliInspect', '1'],
  ['embeddedAsarIntegrityValidation', '0'],
  ['onlyLoadAppFromAsar', '0'],
  ['loadBrowserProcessSpecificV8Snapshot', '0'],
  ['grantFileProtocolExtraPrivileges', '1'],
  ['wasmTrapHandlers', '1'],
] as const;

/** Bytes standing for an Electron executable: code around one fuse wire with Electron 45's defaults. */
export function fakeElectronBinary(): Buffer {
  const wire = Buffer.from([1, ELECTRON_45_FUSES.length, ...ELECTRON_45_FUSES.map(([, state]) => state.charCodeAt(0))]);
  return Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(FUSE_SENTINEL, 'latin1'), wire, Buffer.alloc(4096, 0xcc)]);
}

/** The fuses as a binary holds them: '0' off, '1' on, 'r' removed. */
export function readFuses(binary: Buffer): Record<string, string> {
  const at = binary.indexOf(FUSE_SENTINEL, 0, 'latin1') + FUSE_SENTINEL.length;
  const length = binary[at + 1]!;
  return Object.fromEntries(ELECTRON_45_FUSES.slice(0, length).map(([name], i) => [name, String.fromCharCode(binary[at + 2 + i]!)]));
}
