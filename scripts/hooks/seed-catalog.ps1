# azd postprovision hook: publishes the seed catalog into the deployed Cosmos DB account, only when asked
# (azd env set SEED_CATALOG true): a production catalog is the administration's own, published through the API.
# Runs as the signed-in developer (azd auth login), whom infra/ gives Cosmos DB data access.
$ErrorActionPreference = 'Stop'
if ($env:SEED_CATALOG -ne 'true') {
    Write-Host 'Catalog seeding skipped (azd env set SEED_CATALOG true to publish the seed catalog).'
    exit 0
}
if (-not $env:AZURE_COSMOS_ENDPOINT) { throw 'azd provides AZURE_COSMOS_ENDPOINT from the provision outputs' }
dotnet run --project (Join-Path $PSScriptRoot '../../functions/GovFunctions.CatalogSeeder') -- $env:AZURE_COSMOS_ENDPOINT
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
