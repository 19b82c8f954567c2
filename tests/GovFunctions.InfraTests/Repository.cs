using System.Reflection;

namespace GovFunctions.InfraTests;

internal static class Repository
{
    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static string Root => Metadata("RepositoryRoot");

    public static string BicepCli => Metadata("BicepCli");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
