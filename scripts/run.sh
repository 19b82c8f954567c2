#!/usr/bin/env bash
# Runs GovFunctions locally: emulators, then LocalHost at http://127.0.0.1:7071/api.
# LocalHost creates the database, containers and blob containers and seeds the catalog at start-up.
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
# LocalHost runs as a child the script waits on, so Ctrl+C (or a TERM) stops it and then the emulators.
ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build --no-launch-profile \
  --project "$REPO_ROOT/functions/GovFunctions.LocalHost" -- --urls http://127.0.0.1:7071 &
STARTED_PIDS=("$!" "${STARTED_PIDS[@]}")
wait "$!"
