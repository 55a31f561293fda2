// Runs a Node script with the Node that runs us, never through a shell.
//
// With `shell: true`, Node joins the command and its arguments with spaces and
// hands the string to cmd.exe (or /bin/sh) unquoted (docs/api/child_process.md:
// "If the shell option is enabled, do not pass unsanitized user input"; the
// command is not quoted for you). `C:\Program Files\nodejs\node.exe` then runs
// as `C:\Program` ("'C:\Program' is not recognized ..."), and a project path
// with spaces breaks the same way. Without a shell, libuv passes each argument
// as one argument on every platform, so nothing needs quoting.
import { spawnSync } from 'node:child_process';

/**
 * `spawnSync(process.execPath, args)` with `shell` forced off. `deps` lets
 * tests pass another Node path (one with spaces) or record the call.
 */
export function runNode(args, options = {}, deps = {}) {
  const spawn = deps.spawnSync ?? spawnSync;
  const execPath = deps.execPath ?? process.execPath;
  return spawn(execPath, args, { stdio: 'inherit', ...options, shell: false });
}
