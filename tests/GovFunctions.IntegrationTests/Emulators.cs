using GovFunctions.Azure.Cosmos;

namespace GovFunctions.IntegrationTests;

/// <summary>Where scripts/emulators.sh serves the emulators.</summary>
internal static class Emulators
{
    public const string StorageConnectionString = "UseDevelopmentStorage=true";

    public static CosmosOptions Cosmos(string databaseName) => new()
    {
        Endpoint = "https://127.0.0.1:8081/",
        // The Cosmos DB emulator's published well-known key; not a secret.
        Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
        DatabaseName = databaseName,
        AcceptEmulatorCertificate = true,
    };
}
