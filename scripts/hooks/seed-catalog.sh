#!/usr/bin/env sh
# azd postprovision hook: publishes the seed catalog into the deployed Cosmos DB account, only when asked
# (azd env set SEED_CATALOG true): a production catalog is the administration's own, published through the API.
# Runs as the signed-in developer (azd auth login), whom infra/ gives Cosmos DB data access.
set -eu
if [ "${SEED_CATALOG:-false}" != "true" ]; then
  echo "Catalog seeding skipped (azd env set SEED_CATALOG true to publish the seed catalog)."
  exit 0
fi
: "${AZURE_COSMOS_ENDPOINT:?azd provides AZURE_COSMOS_ENDPOINT from the provision outputs}"
dotnet run --project "$(dirname "$0")/../../functions/GovFunctions.CatalogSeeder" -- "$AZURE_COSMOS_ENDPOINT"
