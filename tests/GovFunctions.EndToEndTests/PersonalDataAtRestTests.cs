using System.Net.Http.Json;
using System.Text.Json;
using GovFunctions.Azure.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>What the portal sends in clear is stored encrypted, and answered in clear to those who may see it.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class PersonalDataAtRestTests(LocalHostFixture host)
{
    [Fact]
    public async Task The_applicants_identity_number_phone_and_address_are_not_in_the_stored_case()
    {
        var api = new ReviewApiClient(host.BaseAddress);
        var applicant = await api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await api.SubmitCase(applicant, "XK01001001-330300000000");

        var stored = (await host.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.Cases)
            .ReadItemAsync<JsonElement>(number, new PartitionKey(number))).Resource;
        var form = stored.GetProperty("state").GetProperty("form");
        foreach (var (field, clear) in new[] { ("identityNumber", "91350100M000100Y43"), ("contactPhone", "13800138000"), ("address", "温州市鹿城区") })
        {
            Assert.StartsWith("enc:", form.GetProperty(field).GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(clear, stored.GetRawText(), StringComparison.Ordinal);
        }

        var answered = (await Get(applicant, number)).GetProperty("case").GetProperty("form");
        Assert.Equal("91350100M000100Y43", answered.GetProperty("identityNumber").GetString());
        Assert.Equal("13800138000", answered.GetProperty("contactPhone").GetString());
        var staff = (await Get(await api.Staff("clerk", "330300-QXJ"), number)).GetProperty("form");
        Assert.Equal("温州市鹿城区", staff.GetProperty("address").GetString());
    }

    [Fact]
    public async Task An_anonymous_complainants_contact_is_not_in_the_stored_complaint()
    {
        var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var filed = await Ok(await anonymous.PostAsJsonAsync("/api/complaints", new
        {
            about = "department", departmentCode = "330300-QXJ", text = "窗口排队过长", contact = new { channel = "phone", value = phone },
        }));
        var number = filed.GetProperty("number").GetString()!;

        var stored = (await host.Services.GetRequiredService<Database>().GetContainer(CosmosContainers.Cases)
            .ReadItemAsync<JsonElement>(number, new PartitionKey(number))).Resource;
        Assert.StartsWith("enc:", stored.GetProperty("state").GetProperty("complaint").GetProperty("contact").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(phone, stored.GetRawText(), StringComparison.Ordinal);

        var supervisor = new ReviewApiClient(host.BaseAddress).Supervisor("330300");
        var seen = await Ok(await (await supervisor).GetAsync($"/api/complaints/{number}"));
        Assert.Equal(phone, seen.GetProperty("complaint").GetProperty("contact").GetProperty("value").GetString());
    }
}
