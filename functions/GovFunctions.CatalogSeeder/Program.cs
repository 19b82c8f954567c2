using GovFunctions.Azure.Cosmos;
using GovFunctions.CatalogSeeder;

// dotnet run --project functions/GovFunctions.CatalogSeeder -- <cosmos endpoint> [database] [seed file]
if (args.Length is < 1 or > 3 || !Uri.TryCreate(args[0], UriKind.Absolute, out _))
{
    Console.Error.WriteLine("usage: GovFunctions.CatalogSeeder <cosmos endpoint> [database, default govfunctions] [seed file, default the shipped seed]");
    return 2;
}

var cosmos = new CosmosOptions { Endpoint = args[0], DatabaseName = args.Length > 1 ? args[1] : new CosmosOptions().DatabaseName };
var seedFile = args.Length > 2 ? args[2] : Path.Combine(AppContext.BaseDirectory, "seed", "service-items.json");
var (added, existing) = await CatalogSeeder.SeedAsync(cosmos, seedFile, CancellationToken.None);
Console.WriteLine($"Published {added} service items into {cosmos.DatabaseName} ({existing} were there already).");
return 0;
