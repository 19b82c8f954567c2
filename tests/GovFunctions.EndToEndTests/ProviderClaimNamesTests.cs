using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>A LocalHost whose identity provider names the claims its own way (Auth:RoleClaim and the others).</summary>
public sealed class ProviderClaimNamesTests
{
    private const string DevelopmentKey = "R292RnVuY3Rpb25zLWxvY2FsLWRldmVsb3BtZW50LWtleS0wMDAwMDAwMDAwMDA=";

    [Fact]
    public async Task Tokens_are_read_through_the_providers_claim_names_and_one_in_other_names_is_refused()
    {
        var settings = LocalHostFixture.IsolatedSettings("claims", "2026-03-02T09:00:00+08:00");
        settings["Auth:RoleClaim"] = "groups";
        settings["Auth:DepartmentClaim"] = "org_unit";
        settings["Auth:RegionClaim"] = "division";
        var app = await LocalHostFixture.StartAsync(settings);
        try
        {
            var address = LocalHostFixture.AddressOf(app);
            var api = new ReviewApiClient(address);
            var applicant = await api.Applicant("company-claims");
            var number = await api.SubmitCase(applicant, "XK01001001-330300000000");
            await Ok(await Command(await api.Staff("clerk", "330300-QXJ"), number, "acceptance"));

            // The same clerk in the platform's default names: the provider does not say "roles", so the token carries no role.
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = "https://localhost/govfunctions-dev",
                Audience = "govfunctions-api",
                Expires = DateTime.UtcNow.AddMinutes(10),
                Claims = new Dictionary<string, object> { ["sub"] = "clerk-1", ["roles"] = "clerk", ["department_code"] = "330300-QXJ", ["region_code"] = "330300" },
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(DevelopmentKey)), SecurityAlgorithms.HmacSha256),
            });
            using var stranger = new HttpClient { BaseAddress = address };
            stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/work-items")).StatusCode);
        }
        finally
        {
            await LocalHostFixture.StopAndDeleteAsync(app);
        }
    }
}
