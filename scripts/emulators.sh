#!/usr/bin/env bash
# Local emulators for GovFunctions: Azurite (Blob 10000, Queue 10001, Table 10002) and the Cosmos DB protocol
# emulator (8081), on loopback, with their data in .emulators/ (Azurite's own files; Cosmos DB snapshots written
# by scripts/cosmos-emulator.js shortly after each change and on stop).
#
# Sourced by run.sh and test.sh (start_emulators, stop_emulators), or run directly:
#   scripts/emulators.sh start    start what is not answering yet, in the background; they keep running
#   scripts/emulators.sh stop     stop the emulators started from this repository (Cosmos DB writes its snapshot first)
#   scripts/emulators.sh status   what answers
# Emulators that already answer are reused. Started ones run in their own session, so they outlive LocalHost
# (and the script that started them); their pids are in .emulators/*.pid.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EMULATOR_DIR="$REPO_ROOT/.emulators"
AZURITE_PORT_BLOB=10000
AZURITE_PORT_QUEUE=10001
AZURITE_PORT_TABLE=10002
COSMOS_PORT=8081
# Keep Cosmos DB data across emulator restarts (run.sh); the test command starts it in memory (its databases are throwaway).
COSMOS_PERSIST="${COSMOS_PERSIST:-1}"
STARTED_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

install_emulators() {
  if [[ ! -x "$REPO_ROOT/node_modules/.bin/azurite" || ! -x "$REPO_ROOT/node_modules/.bin/cosmosdb-server" \
        || "$REPO_ROOT/package-lock.json" -nt "$REPO_ROOT/node_modules/.package-lock.json" ]]; then
    log "Installing emulators (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
}

azurite_healthy() {
  # Any HTTP answer from all three services means Azurite is up (an unauthenticated request gets 4xx).
  local port
  for port in $AZURITE_PORT_BLOB $AZURITE_PORT_QUEUE $AZURITE_PORT_TABLE; do
    curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/devstoreaccount1" || return 1
  done
}

cosmos_healthy() {
  curl -sk -o /dev/null -m 2 "https://127.0.0.1:$COSMOS_PORT/"
}

wait_until() {
  local what="$1" check="$2" pid="$3" tries=0
  until $check; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$what exited while starting; see $EMULATOR_DIR/$what.log"
      tail -n 20 "$EMULATOR_DIR/$what.log" >&2 || true
      return 1
    fi
    tries=$((tries + 1))
    if (( tries > 120 )); then
      log "$what did not answer within 60 s; see $EMULATOR_DIR/$what.log"
      return 1
    fi
    sleep 0.5
  done
}

start_emulators() {
  install_emulators
  mkdir -p "$EMULATOR_DIR/azurite"

  if azurite_healthy; then
    log "Reusing Azurite already answering on 127.0.0.1:$AZURITE_PORT_BLOB-$AZURITE_PORT_TABLE"
  else
    log "Starting Azurite"
    setsid "$REPO_ROOT/node_modules/.bin/azurite" --silent --skipApiVersionCheck --loose \
      --location "$EMULATOR_DIR/azurite" \
      --blobHost 127.0.0.1 --blobPort $AZURITE_PORT_BLOB \
      --queueHost 127.0.0.1 --queuePort $AZURITE_PORT_QUEUE \
      --tableHost 127.0.0.1 --tablePort $AZURITE_PORT_TABLE \
      >"$EMULATOR_DIR/azurite.log" 2>&1 </dev/null &
    STARTED_PIDS+=($!)
    echo $! >"$EMULATOR_DIR/azurite.pid"
    wait_until azurite azurite_healthy $! || return 1
  fi

  if cosmos_healthy; then
    log "Reusing the Cosmos DB emulator already answering on https://127.0.0.1:$COSMOS_PORT"
  else
    local data=()
    if [[ "$COSMOS_PERSIST" == 1 ]]; then
      data=(--data "$EMULATOR_DIR/cosmos")
      log "Starting the Cosmos DB emulator (data kept in $EMULATOR_DIR/cosmos)"
    else
      log "Starting the Cosmos DB emulator (data in memory only)"
    fi
    # The emulator keeps every document in memory; a benchmark stores a few hundred thousand.
    setsid node --max-old-space-size=8192 "$REPO_ROOT/scripts/cosmos-emulator.js" --host 127.0.0.1 --port $COSMOS_PORT "${data[@]}" \
      >"$EMULATOR_DIR/cosmos.log" 2>&1 </dev/null &
    STARTED_PIDS+=($!)
    echo $! >"$EMULATOR_DIR/cosmos.pid"
    wait_until cosmos cosmos_healthy $! || return 1
  fi
}

stop_pid() {
  local pid="$1" waited
  kill "$pid" 2>/dev/null || return 0
  # Azurite closes its ports on TERM but its process can linger; the Cosmos DB emulator writes its snapshot. Give each 10 s, then KILL.
  for waited in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  log "Stopped pid $pid"
}

stop_emulators() {
  local pid what
  for pid in "${STARTED_PIDS[@]}"; do
    stop_pid "$pid"
    for what in azurite cosmos; do
      [[ "$(cat "$EMULATOR_DIR/$what.pid" 2>/dev/null)" == "$pid" ]] && rm -f "$EMULATOR_DIR/$what.pid"
    done
  done
  STARTED_PIDS=()
}

# For a script whose data is throwaway (tests, benchmarks): a Cosmos DB emulator started here keeps its databases in
# memory only, and what this script started stops when it exits.
start_throwaway_emulators() {
  COSMOS_PERSIST=0
  start_emulators
  trap stop_emulators EXIT
  trap 'exit 130' INT TERM
}

print_endpoints() {
  cat >&2 <<TXT
  Azurite Blob    http://127.0.0.1:$AZURITE_PORT_BLOB/devstoreaccount1
  Azurite Queue   http://127.0.0.1:$AZURITE_PORT_QUEUE/devstoreaccount1
  Azurite Table   http://127.0.0.1:$AZURITE_PORT_TABLE/devstoreaccount1
  Cosmos DB       https://127.0.0.1:$COSMOS_PORT/ (self-signed certificate)
  Data            $EMULATOR_DIR (logs: azurite.log, cosmos.log)
TXT
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    start) start_emulators; print_endpoints ;;
    stop)
      for what in cosmos azurite; do
        if [[ -f "$EMULATOR_DIR/$what.pid" ]]; then
          stop_pid "$(cat "$EMULATOR_DIR/$what.pid")"
          rm -f "$EMULATOR_DIR/$what.pid"
        fi
      done ;;
    status)
      azurite_healthy && log "Azurite answers" || log "Azurite does not answer"
      cosmos_healthy && log "Cosmos DB emulator answers" || log "Cosmos DB emulator does not answer" ;;
    *) echo "usage: scripts/emulators.sh start|stop|status" >&2; exit 2 ;;
  esac
fi
