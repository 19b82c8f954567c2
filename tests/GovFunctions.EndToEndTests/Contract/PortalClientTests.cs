using GovFunctions.PortalClient;
using GovFunctions.PortalClient.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace GovFunctions.EndToEndTests.Contract;

/// <summary>
/// The portal flow through the client Kiota generates from docs/openapi.json (as the README shows a portal developer),
/// over the contract-checking HTTP client: filing, tracking, the public status, a refusal as a typed problem, acceptance.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class PortalClientTests(LocalHostFixture host)
{
    private const string ItemCode = "XK01001001-330300000000";
    private const string Window = "330300-QXJ";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private PortalClient.PortalClient Generated(HttpClient http) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = host.BaseAddress.ToString().TrimEnd('/') });

    [Fact]
    public async Task A_portal_on_the_generated_client_files_a_case_its_applicant_tracks_it_and_the_window_accepts_it()
    {
        var anonymous = Generated(host.Client);
        var found = await anonymous.Api.Catalog.Items.GetAsync(c => (c.QueryParameters.Region, c.QueryParameters.PageSize) = ("330300", 100));
        Assert.Contains(found!.Items!, i => i.Code == ItemCode);
        var guide = (await anonymous.Api.Catalog.Items[ItemCode].GetAsync())!;

        var applicant = Generated(await host.ClientFor("portal-client-" + Guid.NewGuid().ToString("N")[..6], ["applicant"]));
        var created = (await applicant.Api.Cases.PostAsync(new NewCaseRequest { ItemCode = ItemCode }))!;
        var (number, queryCode) = (created.Case!.Number!, created.Case.QueryCode!);
        await applicant.Api.Cases[number].Form.PutAsync(new ApplicationForm
        {
            ApplicantType = "企业法人", ApplicantName = "温州某化工有限公司", IdentityNumber = "91350100M000100Y43",
            ContactName = "王五", ContactPhone = "13800138000", Address = "温州市鹿城区", Matter = "油库雷电防护装置设计审核",
        });
        foreach (var slot in guide.Materials!.Where(m => m.Required == true))
        {
            await applicant.Api.Cases[number].Materials[slot.Id!].PutAsync(new MemoryStream(Pdf), "application/pdf",
                c => c.Headers.Add("Content-Disposition", $"attachment; filename*=UTF-8''{Uri.EscapeDataString(slot.Id + " 申请材料.pdf")}"));
        }

        var submitted = (await applicant.Api.Cases[number].Submission.PostAsync(c => c.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString())))!;
        Assert.Equal(CaseStage.Submitted, submitted.Case!.Stage);

        var mine = (await applicant.Api.Cases[number].GetAsync())!;
        Assert.Equal(number, mine.CaseView!.Case!.Number);
        Assert.Equal(CaseStage.Submitted, mine.CaseView.Case.Stage);
        await using (var download = (await applicant.Api.Cases[number].Materials["M01"].GetAsync())!)
        {
            using var copy = new MemoryStream();
            await download.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        var status = (await anonymous.Api.Public.Cases[number].Status.GetAsync(c => c.QueryParameters.QueryCode = queryCode))!;
        Assert.Equal((CaseStage.Submitted, ClockKind.Acceptance), (status.Stage, status.Clock));
        var wrongCode = await Assert.ThrowsAsync<ProblemDetails>(() => anonymous.Api.Public.Cases[number].Status.GetAsync(c => c.QueryParameters.QueryCode = "WRONG2"));
        Assert.Equal((404, 404), (wrongCode.ResponseStatusCode, wrongCode.Status));

        var clerk = Generated(await LocalHostFixture.ClientFor(host.BaseAddress, $"clerk-{Window}", ["clerk"], Window, Window[..6]));
        var accepted = (await clerk.Api.Cases[number].Acceptance.PostAsync())!;
        Assert.Equal(CaseStage.UnderReview, accepted.Summary!.Stage);
        Assert.Equal(ClockKind.Review, accepted.Clock!.Kind);
        var invalid = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() =>
            clerk.Api.Cases[number].StepCompletion.PostAsync(new StepCompletionCommand { Outcome = "forward", Opinion = new string('x', 2_001) }));
        Assert.Equal(["opinion"], invalid.Errors!.AdditionalData.Keys);
    }
}
