using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using ProvincialReceiver;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>A case taken through acceptance and conclusion over HTTP puts its milestones in the province's queue; the reference receiver prints its timeline.</summary>
[Collection(ReviewHostCollection.Name)]
public sealed class MilestoneEndToEndTests(ReviewHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";
    private const string Wenzhou = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private QueueClient ProvinceQueue(string suffix = "") =>
        new QueueServiceClient("UseDevelopmentStorage=true").GetQueueClient(host.Settings["ProvinceQueues:QueuePrefix"] + "330000" + suffix);

    private async Task<List<JsonElement>> EventuallyQueued(string number, int count)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var peeked = (await ProvinceQueue().PeekMessagesAsync(32)).Value
                .Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
                .Where(e => e.GetProperty("sessionId").GetString() == number)
                .ToList();
            if (peeked.Count >= count)
            {
                return peeked;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"The milestones of case {number} did not reach the province queue.");
    }

    [Fact]
    public async Task Acceptance_and_conclusion_reach_the_province_and_the_receiver_prints_the_timeline()
    {
        await host.StartNextWeek();
        await ProvinceQueue().ClearMessagesAsync(); // earlier scenarios' milestones; this collection runs one test at a time
        var applicant = await _api.Applicant("company-push");
        var number = await _api.SubmitCase(applicant, Lightning);
        var clerk = await _api.Staff("clerk", Wenzhou);
        var approver = await _api.Staff("approver", Wenzhou);
        await Ok(await Command(clerk, number, "acceptance"));
        await Ok(await Command(await _api.Staff("reviewer", Wenzhou), number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await Ok(await Command(approver, number, "step-completion", new { outcome = "forward", opinion = "同意" }));
        await Ok(await Command(await _api.Staff("approver", Wenzhou, "head"), number, "decision", new
        {
            outcome = "approved", legalBasis = new[] { "《中华人民共和国行政许可法》第三十八条" }, reasons = "符合条件", resultDocument = "温气审〔2026〕30号",
        }));

        var queued = await EventuallyQueued(number, 3);
        Assert.Equal(["caseSubmitted", "caseAccepted", "caseConcluded"], queued.Select(e => e.GetProperty("subject").GetString()));
        Assert.All(queued, e => Assert.Equal("330000", e.GetProperty("applicationProperties").GetProperty("provinceCode").GetString()));
        Assert.DoesNotContain("91350100M000100Y43", queued[0].GetRawText());

        var store = Directory.CreateTempSubdirectory("province-330000-");
        try
        {
            var printed = new StringWriter();
            var receiver = new StorageQueueSource(ProvinceQueue(), ProvinceQueue("-poison"),
                new MilestoneHandler(MilestoneSchemas.Shipped, new MilestoneInbox(store.FullName), printed), 3, TimeSpan.Zero, TextWriter.Null);
            await receiver.RunAsync(untilEmpty: true, default);
            Assert.Contains($"Case {number}", printed.ToString());
            Assert.Matches("caseAccepted[\\s\\S]*caseConcluded", printed.ToString());

            // An operator re-sends the case's milestones: same MessageIds, so the receiver's store does not change.
            var supervisor = await _api.Supervisor("330300");
            var resent = await Ok(await supervisor.PostAsJsonAsync($"/api/operations/cases/{number}/milestone-resend", new { fromSequence = 1 }));
            Assert.Equal(3, resent.GetProperty("queued").GetInt32()); // submitted, accepted, concluded
            await EventuallyQueued(number, 3);
            var before = Directory.GetFiles(store.FullName, "*.json", SearchOption.AllDirectories).Length;
            printed.GetStringBuilder().Clear();
            await receiver.RunAsync(untilEmpty: true, default);
            Assert.Equal(before, Directory.GetFiles(store.FullName, "*.json", SearchOption.AllDirectories).Length);
            Assert.DoesNotContain(number, printed.ToString()); // nothing new, nothing printed
        }
        finally
        {
            store.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Operators_see_the_backlog_and_the_poison_queues_others_are_refused()
    {
        var supervisor = await _api.Supervisor("330300");
        var admin = await LocalHostFixture.ClientFor(host.BaseAddress, "admin-ops", ["admin"]);
        var applicant = await _api.Applicant("company-ops");

        var backlog = await Ok(await supervisor.GetAsync("/api/operations/outbox-backlog"));
        Assert.Equal(JsonValueKind.Array, backlog.GetProperty("provinces").ValueKind);
        await (await applicant.GetAsync("/api/operations/outbox-backlog")).AssertProblem(HttpStatusCode.Forbidden);
        await (await host.Client.GetAsync("/api/operations/outbox-backlog")).AssertProblem(HttpStatusCode.Unauthorized);

        var poison = await Ok(await admin.GetAsync("/api/operations/provinces/330000/poison-messages"));
        Assert.Equal("330000", poison.GetProperty("provinceCode").GetString());
        await (await admin.GetAsync("/api/operations/provinces/999999/poison-messages")).AssertProblem(HttpStatusCode.NotFound);
        await (await admin.PostAsync("/api/operations/provinces/330000/poison-messages/no-such-message/requeue", null)).AssertProblem(HttpStatusCode.NotFound);
        await (await applicant.PostAsync("/api/operations/provinces/330000/poison-messages/x/requeue", null)).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Contains("fromSequence", await (await admin.PostAsJsonAsync("/api/operations/cases/20260302090000-330300-XK01001001-ZZZZ/milestone-resend", new { fromSequence = 0 }))
            .AssertValidationProblem());
        await (await admin.PostAsJsonAsync("/api/operations/cases/20260302090000-330300-XK01001001-ZZZZ/milestone-resend", new { fromSequence = 1 }))
            .AssertProblem(HttpStatusCode.NotFound);
    }
}
