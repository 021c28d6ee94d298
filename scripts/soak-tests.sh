#!/usr/bin/env bash
# Runs the README's test command again and again in a fresh clone, as a new user would, and
# counts the green runs: first N runs on an otherwise idle machine, then M runs with B CPU
# burners (`yes > /dev/null`) beside them, ended by PID afterwards. The first run installs
# everything (npm packages, Temporal CLI and FerretDB built with Go, the test server by Maven).
#
#   scripts/soak-tests.sh [runs=10] [loaded-runs=3] [burners=2]
#
# SOAK_REUSE_TOOLS=<checkout>/.tools links the service binaries built there instead of building
# them again in the clone (saves the Go builds; the npm install and everything else stay fresh).
# Logs: $SOAK_DIR (default a new folder under /tmp), one file per run. Prints one line per run
# and a last line `SOAK green=<n>/<N> loaded_green=<m>/<M>`; exits 1 when any run was red.
set -uo pipefail
runs=${1:-10}
loaded_runs=${2:-3}
burners=${3:-2}
source_repo=$(cd "$(dirname "$0")/.." && pwd)
soak_dir=${SOAK_DIR:-$(mktemp -d /tmp/drakentemmers-soak.XXXXXX)}
mkdir -p "$soak_dir"
clone="$soak_dir/clone"
git clone --quiet "$source_repo" "$clone"
[ -n "${SOAK_REUSE_TOOLS:-}" ] && ln -s "$SOAK_REUSE_TOOLS" "$clone/.tools"
echo "soak: fresh clone of $(git -C "$clone" rev-parse --short HEAD) in $clone, logs in $soak_dir"
export HOME="$soak_dir/home"
mkdir -p "$HOME"

burner_pids=()
stop_burners() {
  for pid in "${burner_pids[@]}"; do kill "$pid" 2>/dev/null; done
  burner_pids=()
}
trap stop_burners EXIT

one_run() { # <label>
  local log="$soak_dir/$1.log" started=$SECONDS
  (cd "$clone" && npm test >"$log" 2>&1)
  local code=$? summary
  summary=$(grep -E '^Tests:' "$log" | tail -1)
  # The next run wipes .data/test: keep the service, Payload and Temporal logs of a red run.
  [ $code -eq 0 ] || cp -r "$clone/.data/test/logs" "$soak_dir/$1-logs" 2>/dev/null
  printf '%-10s %s in %4ss  %s\n' "$1" "$([ $code -eq 0 ] && echo green || echo RED)" $((SECONDS - started)) "${summary:-(no jest summary; see $log)}"
  [ $code -eq 0 ]
}

green=0
for i in $(seq 1 "$runs"); do one_run "run-$i" && green=$((green + 1)); done

loaded_green=0
for i in $(seq 1 "$loaded_runs"); do
  for _ in $(seq 1 "$burners"); do yes >/dev/null & burner_pids+=($!); done
  one_run "loaded-$i" && loaded_green=$((loaded_green + 1))
  stop_burners
done

echo "SOAK green=$green/$runs loaded_green=$loaded_green/$loaded_runs burners=$burners"
[ "$green" -eq "$runs" ] && [ "$loaded_green" -eq "$loaded_runs" ]
