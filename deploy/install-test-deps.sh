#!/usr/bin/env bash
# Installs what the test suite needs from the system when it is missing: Dovecot's IMAP server (the tests start
# their own instance; no system service is enabled) and Debian's Chromium for the browser tests.
# As root it uses apt-get (running `apt-get update` once first); otherwise it only reports what is missing.
set -euo pipefail
missing=()
command -v dovecot >/dev/null 2>&1 || missing+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: missing ${missing[*]}; run as root or install them (the tests that need them will skip)" >&2
  exit 0
fi
echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian's package starts nothing without systemd; make sure no stray system instance holds port 143 anyway.
if command -v doveadm >/dev/null 2>&1 && pgrep -x dovecot >/dev/null 2>&1; then
  doveadm stop >/dev/null 2>&1 || true
fi
