#!/usr/bin/env bash
# Runs GovFunctions locally: emulators, then LocalHost at http://127.0.0.1:7071/api.
# LocalHost creates the database, containers and blob containers and seeds the catalog at start-up.
# Ctrl+C stops LocalHost and the emulators this script started. If LocalHost stops by itself (a crash, a kill),
# the emulators keep running with their data: run this script again to start LocalHost alone on them.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/emulators.sh"

start_emulators
log "Restoring and building LocalHost"
dotnet build "$REPO_ROOT/functions/GovFunctions.LocalHost" -c Debug --nologo -v quiet >&2

log "Listening:"
print_endpoints
cat >&2 <<TXT
  API             http://127.0.0.1:7071/api   (catalog: http://127.0.0.1:7071/api/catalog/items)
  OpenAPI         http://127.0.0.1:7071/api/openapi.json
  API reference   http://127.0.0.1:7071/api/docs
  Press Ctrl+C to stop LocalHost and the emulators started here.
TXT

localhost_pid=""
stop_all() {
  trap - INT TERM
  if [[ -n "$localhost_pid" ]]; then
    pkill -TERM -P "$localhost_pid" 2>/dev/null || true
    kill "$localhost_pid" 2>/dev/null || true
    wait "$localhost_pid" 2>/dev/null || true
  fi
  stop_emulators
  exit 130
}
trap stop_all INT TERM

CertificateKeys__Directory="$REPO_ROOT/.emulators/certificate-keys" ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build --no-launch-profile \
  --project "$REPO_ROOT/functions/GovFunctions.LocalHost" -- --urls http://127.0.0.1:7071 &
localhost_pid=$!
status=0
wait "$localhost_pid" || status=$?
log "LocalHost exited (status $status). The emulators keep running with their data:"
log "  scripts/run.sh starts LocalHost again on them; scripts/emulators.sh stop stops them."
exit "$status"
