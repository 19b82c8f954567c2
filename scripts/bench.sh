#!/usr/bin/env bash
# Measures the platform against the emulators' own limits in one run and writes docs/benchmarks.md.
# Starts the emulators like the test command (reused when healthy; a Cosmos DB emulator started here keeps its
# throwaway databases in memory), builds the benchmark tool in Release and runs it. `--smoke` measures a few
# operations only (what the test suite does); `--statistics` only the year of statistics, `--costs` only the Cosmos DB
# operations per command (by container and kind), `--push N` only N owed milestones, `--alarms N` only N alarms falling due at once, each printed. Takes about a
# quarter of an hour on 2 cores; leave the machine idle.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/emulators.sh"

start_throwaway_emulators

log "Building the benchmark tool (Release)"
dotnet build "$REPO_ROOT/bench/GovFunctions.Benchmarks" -c Release --nologo -v quiet >&2
log "Measuring; figures as they come:"
cd "$REPO_ROOT"
dotnet "$REPO_ROOT/bench/GovFunctions.Benchmarks/bin/Release/net10.0/GovFunctions.Benchmarks.dll" --output "$REPO_ROOT/docs/benchmarks.md" "$@"
