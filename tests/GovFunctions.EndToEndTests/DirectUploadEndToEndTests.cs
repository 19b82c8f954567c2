using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

/// <summary>A material uploaded straight to Blob storage (Azurite) through a write-only SAS URL, then completed through the API.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class DirectUploadEndToEndTests(LocalHostFixture host)
{
    private const string ItemCode = "XK01001001-330300000000"; // M01–M03 take pdf

    private static async Task<string> Draft(HttpClient applicant) =>
        (await (await applicant.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("case").GetProperty("number").GetString()!;

    /// <summary>A PDF of <paramref name="size"/> bytes: its header, then filler.</summary>
    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        new Random(7).NextBytes(bytes.AsSpan(16));
        return bytes;
    }

    private static async Task<HttpResponseMessage> PutToStorage(Uri url, byte[] bytes)
    {
        using var storage = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(bytes) };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        return await storage.SendAsync(request);
    }

    [Fact]
    public async Task A_large_file_goes_straight_to_storage_and_is_recorded_as_a_direct_upload_is()
    {
        var applicant = await host.ClientFor("company-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var number = await Draft(applicant);
        var upload = await ReviewApiClient.Ok(await applicant.PostAsync($"/api/cases/{number}/materials/M01/uploads", null));
        var url = new Uri(upload.GetProperty("uploadUrl").GetString()!);
        Assert.True(upload.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(20));
        Assert.Contains("pdf", upload.GetProperty("acceptedFileTypes").EnumerateArray().Select(t => t.GetString()));

        var file = Pdf(6 * 1024 * 1024);
        Assert.Equal(HttpStatusCode.Created, (await PutToStorage(url, file)).StatusCode);
        // The URL writes that one blob and nothing else: it cannot read it back.
        using (var storage = new HttpClient())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await storage.GetAsync(url)).StatusCode);
        }

        var uploadId = upload.GetProperty("uploadId").GetString();
        var completed = await ReviewApiClient.Ok(await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{uploadId}/completion", new { fileName = "设计图纸.pdf" }));
        var material = completed.GetProperty("case").GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("slotId").GetString() == "M01");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), material.GetProperty("sha256").GetString());
        Assert.Equal((file.Length, "application/pdf", "设计图纸.pdf"), (material.GetProperty("size").GetInt64(), material.GetProperty("contentType").GetString(), material.GetProperty("fileName").GetString()));
        var downloaded = await applicant.GetByteArrayAsync($"/api/cases/{number}/materials/M01");
        Assert.Equal(file, downloaded);

        // An upload completes once.
        await (await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{uploadId}/completion", new { })).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_of_the_wrong_type_is_refused_and_nothing_is_recorded_and_strangers_learn_nothing()
    {
        var applicant = await host.ClientFor("company-" + Guid.NewGuid().ToString("N")[..8], ["applicant"]);
        var number = await Draft(applicant);
        var upload = await ReviewApiClient.Ok(await applicant.PostAsync($"/api/cases/{number}/materials/M01/uploads", null));
        var uploadId = upload.GetProperty("uploadId").GetString();
        await PutToStorage(new Uri(upload.GetProperty("uploadUrl").GetString()!), [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

        var stranger = await host.ClientFor("company-stranger", ["applicant"]);
        await (await stranger.PostAsync($"/api/cases/{number}/materials/M01/uploads", null)).AssertProblem(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{uploadId}/completion", new { })).AssertProblem(HttpStatusCode.NotFound);
        await (await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/../../x/completion", new { })).AssertProblem(HttpStatusCode.NotFound);
        await (await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{new string('z', 32)}/completion", new { })).AssertProblem(HttpStatusCode.NotFound);
        await (await applicant.PostAsync($"/api/cases/{number}/materials/M99/uploads", null)).AssertProblem(HttpStatusCode.BadRequest);

        await (await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{uploadId}/completion", new { })).AssertProblem(HttpStatusCode.UnsupportedMediaType);
        var state = (await ReviewApiClient.Get(applicant, number)).GetProperty("case");
        Assert.Empty(state.GetProperty("materials").EnumerateArray());
        // Refused, the staging blob is gone too: the same upload cannot be completed again.
        await (await applicant.PostAsJsonAsync($"/api/cases/{number}/materials/M01/uploads/{uploadId}/completion", new { })).AssertProblem(HttpStatusCode.NotFound);
    }
}
