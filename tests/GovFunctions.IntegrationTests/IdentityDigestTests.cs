using System.Security.Cryptography;
using GovFunctions.Azure.KeyVault;
using GovFunctions.Core.PersonalData;

namespace GovFunctions.IntegrationTests;

/// <summary>The keyed hash staff find cases by, over the Development key files.</summary>
public sealed class IdentityDigestTests
{
    private const string CreditCode = "91350100M000100Y43";

    [Fact]
    public async Task A_digest_is_keyed_ignores_letter_case_and_outlives_a_new_version_of_its_key()
    {
        var secrets = new DevelopmentKeyFiles(TestKeys.Directory());
        var digest = await new PersonalDataKeys(secrets, TimeProvider.System).IdentityDigestAsync(CreditCode, default);

        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Equal(digest, await new PersonalDataKeys(secrets, TimeProvider.System).IdentityDigestAsync(CreditCode.ToLowerInvariant(), default));
        Assert.NotEqual(digest, await new PersonalDataKeys(secrets, TimeProvider.System).IdentityDigestAsync("91350100M000100Y44", default));
        Assert.NotEqual(digest, await TestKeys.PersonalData().IdentityDigestAsync(CreditCode, default));

        // Someone "rotates" the lookup key: cases listed under the old digest must still be found, so the first version stays the key.
        await secrets.AddVersionAsync(PersonalDataKeys.LookupSecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), default);
        Assert.Equal(digest, await new PersonalDataKeys(secrets, TimeProvider.System).IdentityDigestAsync(CreditCode, default));
    }
}
