#!/usr/bin/env bash
# The README's test command. On a machine with only the .NET SDK and Node.js it installs what the tests need,
# when it is missing, then runs every test:
#   - Azurite (the storage emulator the integration tests start): `npm ci` when node_modules lacks the version
#     package.json pins;
#   - Debian's chromium and fonts-dejavu-core (the page tests drive the browser through Playwright): apt-get,
#     through sudo when not root, when $CHROMIUM_PATH (default /usr/bin/chromium) is missing.
# The Bicep CLI the template tests build with is installed by those tests themselves (.ci/bicep.sh --print-path).
# Extra arguments go to `dotnet test Pipeline.sln`, e.g. `bash scripts/test.sh --filter "FullyQualifiedName~Reading"`.
set -euo pipefail
cd "$(dirname "$0")/.."

MIN_NODE_MAJOR=20
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { echo "test.sh: $*" >&2; }

if ! command -v dotnet > /dev/null; then
  say "the .NET SDK is missing: install .NET 10 (https://dot.net), then run this again"
  exit 1
fi

if ! command -v node > /dev/null; then
  say "Node.js is missing: install Node.js $MIN_NODE_MAJOR or later (Azurite runs on it), then run this again"
  exit 1
fi
node_version="$(node --version)"
node_major="${node_version#v}"
node_major="${node_major%%.*}"
if ! [[ "$node_major" =~ ^[0-9]+$ ]] || (( node_major < MIN_NODE_MAJOR )); then
  say "Node.js $node_version is too old: Azurite needs Node.js $MIN_NODE_MAJOR or later"
  exit 1
fi

pinned="$(node -p 'require("./package.json").devDependencies.azurite')"
installed="$(node -p 'try { require("./node_modules/azurite/package.json").version } catch { "" }')"
if [[ "$installed" != "$pinned" ]]; then
  say "installing Azurite $pinned (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [[ ! -x "$CHROMIUM_PATH" ]]; then
  say "$CHROMIUM_PATH is missing: installing Debian's chromium and fonts-dejavu-core"
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi

exec dotnet test Pipeline.sln "$@"
