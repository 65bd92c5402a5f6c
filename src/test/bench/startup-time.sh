#!/usr/bin/env bash
# Start-up time of the embedded run (H2 under a scratch ./data, demo profile), from `java -jar`
# to /actuator/health answering UP: a cold start (empty database: schema, demo data, deployment)
# and warm starts (nothing to create or deploy). Usage: src/test/bench/startup-time.sh [warm runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
[ -f target/dondoc.jar ] || ./mvnw -B -q -DskipTests package
work=$(mktemp -d)
cp -r processes forms "$work"/
port=18080

start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  (cd "$work" && exec java -jar "$OLDPWD/target/dondoc.jar" --server.port=$port >"$work/app.log" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  printf '%s\t%d ms\t(%s)\n' "$1" $(((t1 - t0) / 1000000)) "$(grep -o 'Started DondocApplication in [0-9.]* seconds' "$work/app.log")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start_once cold
for i in $(seq 1 "$runs"); do start_once "warm $i"; done
rm -rf "$work"
