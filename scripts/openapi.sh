#!/usr/bin/env bash
# Rewrites docs/openapi.json, the committed API contract, from what a production LocalHost serves.
# Run after changing an operation; review the diff like code.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 dotnet test tests/GovFunctions.EndToEndTests --filter "FullyQualifiedName~CommittedContractTests" --nologo -v q
echo "docs/openapi.json rewritten"
