using GovFunctions.Azure.KeyVault;
using GovFunctions.Core.PersonalData;

namespace GovFunctions.IntegrationTests;

internal static class TestKeys
{
    /// <summary>Personal data keys as Development keeps them (files), in a temporary directory of their own.</summary>
    public static PersonalDataKeys PersonalData(TimeProvider? time = null) =>
        new(new DevelopmentKeyFiles(Directory()), time ?? TimeProvider.System);

    public static string Directory() => Path.Combine(Path.GetTempPath(), "govfunctions-it-keys", Guid.NewGuid().ToString("N"));
}
