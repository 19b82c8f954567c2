using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GovFunctions.Benchmarks;

/// <summary>The steps a portal and a window take on one item (雷电防护装置设计审核, three PDF materials), as the API is called.</summary>
public sealed class PortalFlow(HttpClient applicant, HttpClient clerk, HttpClient reviewer)
{
    public const string ItemCode = "XK01001001-330300000000";
    public const string Window = "330300-QXJ";

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private static readonly object Form = new
    {
        applicantType = "企业法人", applicantName = "温州某化工有限公司", identityNumber = "91350100M000100Y43",
        contactName = "王五", contactPhone = "13800138000", address = "温州市鹿城区", matter = "油库雷电防护装置设计审核",
    };

    public HttpClient Applicant => applicant;

    public HttpClient Clerk => clerk;

    /// <summary>Create, form, three uploads, submit: what one online application costs. Returns the case number and query code.</summary>
    public async Task<(string Number, string QueryCode)> SubmitAsync()
    {
        var (number, queryCode) = await CreateAsync();
        await FillFormAsync(number);
        foreach (var slot in Slots)
        {
            await UploadAsync(number, slot);
        }

        await SubmitDraftAsync(number);
        return (number, queryCode);
    }

    /// <summary>The item's required material slots.</summary>
    public static string[] Slots { get; } = ["M01", "M02", "M03"];

    public async Task<(string Number, string QueryCode)> CreateAsync()
    {
        var state = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode }))).GetProperty("case");
        return (state.GetProperty("number").GetString()!, state.GetProperty("queryCode").GetString()!);
    }

    public async Task FillFormAsync(string number) => await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", Form));

    public async Task UploadAsync(string number, string slot)
    {
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = slot + ".pdf" };
        await Ok(await applicant.PutAsync($"/api/cases/{number}/materials/{slot}", file));
    }

    public async Task SubmitDraftAsync(string number)
    {
        using var submission = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{number}/submission") { Content = new StringContent("", Encoding.UTF8, "application/json") };
        submission.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        await Ok(await applicant.SendAsync(submission));
    }

    public async Task AcceptAsync(string number) => await Ok(await clerk.PostAsync($"/api/cases/{number}/acceptance", null));

    public async Task CompleteFirstStepAsync(string number) =>
        await Ok(await reviewer.PostAsJsonAsync($"/api/cases/{number}/step-completion", new { outcome = "forward", opinion = "同意" }));

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }
}
