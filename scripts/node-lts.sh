#!/usr/bin/env bash
# Runs a command on the Node.js release the production image runs (docker/Dockerfile), installed
# when missing from the npm package `node` (Linux binaries of each release) into a cache folder:
#   bash scripts/node-lts.sh npm test
#   bash scripts/node-lts.sh node dist/bench/deals.js
# NODE_LTS picks another release; NODE_LTS_DIR the folder it is kept in.
set -euo pipefail
NODE_LTS="${NODE_LTS:-24.21.0}"
dir="${NODE_LTS_DIR:-${TMPDIR:-/tmp}/techmarket-node-$NODE_LTS}"
if [ ! -x "$dir/node_modules/node/bin/node" ]; then
  npm install --no-audit --no-fund --no-save --prefix "$dir" "node@$NODE_LTS" >/dev/null
fi
export PATH="$dir/node_modules/node/bin:$PATH"
exec "$@"
