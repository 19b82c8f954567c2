#!/usr/bin/env bash
# Local emulators for GovFunctions, sourced by run.sh and test.sh:
#   Azurite (Blob 10000, Queue 10001, Table 10002) and the Cosmos DB protocol emulator (8081), on loopback.
# Emulators that already answer are reused; the ones started here are stopped when the caller exits.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EMULATOR_DIR="$REPO_ROOT/.emulators"
AZURITE_PORT_BLOB=10000
AZURITE_PORT_QUEUE=10001
AZURITE_PORT_TABLE=10002
COSMOS_PORT=8081
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
    "$REPO_ROOT/node_modules/.bin/azurite" --silent --skipApiVersionCheck --loose \
      --location "$EMULATOR_DIR/azurite" \
      --blobHost 127.0.0.1 --blobPort $AZURITE_PORT_BLOB \
      --queueHost 127.0.0.1 --queuePort $AZURITE_PORT_QUEUE \
      --tableHost 127.0.0.1 --tablePort $AZURITE_PORT_TABLE \
      >"$EMULATOR_DIR/azurite.log" 2>&1 &
    STARTED_PIDS+=($!)
    wait_until azurite azurite_healthy $! || return 1
  fi

  if cosmos_healthy; then
    log "Reusing the Cosmos DB emulator already answering on https://127.0.0.1:$COSMOS_PORT"
  else
    log "Starting the Cosmos DB emulator"
    "$REPO_ROOT/node_modules/.bin/cosmosdb-server" --host 127.0.0.1 --port $COSMOS_PORT \
      >"$EMULATOR_DIR/cosmos.log" 2>&1 &
    STARTED_PIDS+=($!)
    wait_until cosmos cosmos_healthy $! || return 1
  fi

  trap stop_emulators EXIT
  trap 'exit 130' INT TERM
}

stop_emulators() {
  local pid waited
  for pid in "${STARTED_PIDS[@]}"; do
    # Each was started by this script: stop it and whatever it started (dotnet run starts LocalHost).
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || continue
    # Azurite closes its ports on TERM but its process can linger; give each 5 s, then KILL.
    for waited in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    { kill -KILL "$pid"; wait "$pid"; } 2>/dev/null || true
    log "Stopped pid $pid"
  done
  STARTED_PIDS=()
}

print_endpoints() {
  cat >&2 <<TXT
  Azurite Blob    http://127.0.0.1:$AZURITE_PORT_BLOB/devstoreaccount1
  Azurite Queue   http://127.0.0.1:$AZURITE_PORT_QUEUE/devstoreaccount1
  Azurite Table   http://127.0.0.1:$AZURITE_PORT_TABLE/devstoreaccount1
  Cosmos DB       https://127.0.0.1:$COSMOS_PORT/ (self-signed certificate, data in memory)
TXT
}
