using Azure.Core;
using Azure.Identity;

namespace GovFunctions.Azure.Identity;

/// <summary>
/// The credential the app signs in to Azure services with: in Azure its user-assigned managed identity, named by
/// <c>AZURE_CLIENT_ID</c> (set by infra/), and nothing else is tried; on a developer's machine (no client id) the
/// developer's own sign-in (Azure CLI, Visual Studio…), as <see cref="DefaultAzureCredential"/> finds it.
/// </summary>
public static class AzureCredential
{
    public const string ClientIdSetting = "AZURE_CLIENT_ID";

    public static TokenCredential Create() =>
        Environment.GetEnvironmentVariable(ClientIdSetting) is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
