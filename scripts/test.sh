#!/usr/bin/env bash
# Tests GovFunctions: emulators (reused when healthy), the Functions app published on its real packages,
# then every test project in the solution.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/emulators.sh"

start_throwaway_emulators
print_endpoints

# What Azure runs: the Functions app published (Release) on its real packages; tests read its functions.metadata.
log "Publishing the Functions app to artifacts/functions"
dotnet publish "$REPO_ROOT/functions/GovFunctions.Functions" -c Release -o "$REPO_ROOT/artifacts/functions" --nologo -v quiet

log "Running every test project"
results="$EMULATOR_DIR/test-results.log"
status=0
dotnet test "$REPO_ROOT/GovFunctions.sln" --nologo -v quiet --logger "console;verbosity=normal" | tee "$results" || status=$?
stop_emulators
trap - EXIT
# What failed, again at the end, where a log cut to its tail still shows it.
grep -A6 -E '^ +Failed [A-Z][A-Za-z]+\.' "$results" | cut -c1-300 | head -80 || true
# One closing line over all test projects.
awk '/^ +Passed: +[0-9]+$/ { passed += $2 } /^ +Failed: +[0-9]+$/ { failed += $2 } /^ +Skipped: +[0-9]+$/ { skipped += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$results"
exit "$status"
