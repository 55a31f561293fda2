#!/usr/bin/env bash
# Runs a command with a working Secret Service (for keytar's tests): always a
# private D-Bus session with a fresh, unlocked gnome-keyring, so tests never
# read or write the developer's own keychain. The
# throw-away keyring needs a non-empty password or it cannot create its
# login collection.
set -euo pipefail
if [ "${HATSTAND_KEYRING_READY:-}" = 1 ]; then exec "$@"; fi
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "No Secret Service found: install gnome-keyring and dbus (apt-get install gnome-keyring dbus) or run inside a desktop session." >&2
  exit 1
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf hatstand-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  HATSTAND_KEYRING_READY=1 exec "$@"' _ "$@"
