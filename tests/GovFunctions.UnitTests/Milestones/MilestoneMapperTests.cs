using System.Text.Json;
using System.Text.Json.Nodes;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Milestones;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using GovFunctions.UnitTests.Certificates;
using GovFunctions.UnitTests.Review;
using Microsoft.Extensions.Logging.Abstractions;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Milestones;

public class MilestoneMapperTests
{
    private static readonly DateTimeOffset Monday = Beijing(2026, 3, 2);

    private static CaseRecord Record(ReviewScenario scenario) =>
        new(scenario.State, [.. scenario.History], new CaseOutbox(false, CaseMilestones.Of(scenario.History)), new Dictionary<string, string>());

    private static string Json(MilestoneEnvelope envelope) => JsonSerializer.Serialize(envelope.Body, GovJson.Options);

    /// <summary>Every milestone a case can reach, over three cases.</summary>
    private static IEnumerable<CaseRecord> CasesThroughEveryMilestone()
    {
        var full = Submitted(Lightning, Monday);
        full.Do((s, i, now) => ReviewDecisions.RequestSupplement(s, i, full.Window, new SupplementRequestCommand([new SupplementItemCommand("M02", "图纸缺章")]), now));
        full.Now = Beijing(2026, 3, 3);
        full.Upload("M02");
        full.Do((s, i, now) => ReviewDecisions.ProvideSupplement(s, i, Applicant, full.Calendar, now));
        full.Accept();
        full.Do((s, i, now) => ReviewDecisions.Suspend(s, i, full.OwnerOf(1), new SuspensionCommand("expertReview", "专家评审"), now));
        full.Now = Beijing(2026, 3, 6);
        full.Do((s, i, now) => ReviewDecisions.Resume(s, i, full.OwnerOf(1), full.Calendar, now));
        full.Do((s, i, now) => ReviewDecisions.Extend(s, i, full.DecidingApprover, new ExtensionCommand(5, "需现场核查"), full.Calendar, now));
        full.Forward();
        full.Forward();
        full.Decide();
        full.Do((s, i, now) => ReviewDecisions.Deliver(s, i, full.Window, new DeliveryCommand("邮寄送达", "SF1234567890"), now));
        full.Do((s, _, now) => RatingDecisions.Rate(s, Applicant, new RatingCommand("satisfied", null, null, null), new RatingOptions(), WorkCalendar.Official, now));
        yield return Record(full);

        var refused = Submitted(CountyAcceptsCityDecides, Monday);
        refused.Do((s, i, now) => ReviewDecisions.RejectAcceptance(s, i, refused.Window, new RefusalCommand("不属于本机关职权范围"), now));
        yield return Record(refused);

        var withdrawn = Submitted(WithPreReview, Monday);
        withdrawn.Do((s, _, now) => CaseDecisions.Withdraw(s, Applicant, "项目取消", now));
        yield return Record(withdrawn);

        // Accepted on provisional 2027 days, then the 2027 notice moves its deadline.
        var rereckoned = Submitted(Lightning, Beijing(2026, 12, 28));
        rereckoned.Accept();
        var notice = new PublishedCalendarYear("100000", 2027, 1, [.. StatutoryHolidays.ProvisionalYear(2027).Holidays, new DateOnly(2027, 1, 4)], [],
            new CalendarNotice("国办发明电〔2026〕99号", "关于2027年部分节假日安排的通知（测试）", new DateOnly(2026, 12, 1)), Beijing(2026, 12, 1), "admin-1");
        rereckoned.Calendar = new GovFunctions.Core.Calendar.WorkCalendar([.. GovFunctions.Core.Calendar.WorkCalendar.ShippedYears, notice.ToYear()]);
        rereckoned.Do((s, i, now) => DeadlineRereckoning.Rereckon(s, i, rereckoned.Calendar, notice, now)!);
        yield return Record(rereckoned);

        // A licence issued as an electronic certificate, then revoked.
        yield return Record(RevokedPermit());

        // 依申请公开: one received and answered, one abandoned when its fee went unpaid.
        yield return DisclosureRecord(state => DisclosureDecisions.Answer(state, Head, new("notDisclosed", "不予公开", null, ["第十四条"], null, null, null, null), Monday.AddDays(3)));
        yield return DisclosureRecord(state => DisclosureDecisions.NotifyFee(state, Head, new(DisclosureFee.PerPage, 150), 1, WorkCalendar.Official, Monday), lapse: true);
    }

    private static readonly GovFunctions.Core.Identity.Caller Head = Staff(GovFunctions.Core.Identity.PlatformRole.Approver, "350700-ZFBGS", "head");

    /// <summary>A disclosure request received on Monday, then <paramref name="next"/>; with <paramref name="lapse"/>, left to lapse.</summary>
    private static CaseRecord DisclosureRecord(Func<CaseState, CaseEvent> next, bool lapse = false)
    {
        var requester = new GovFunctions.Core.Identity.Caller("citizen-1", new HashSet<GovFunctions.Core.Identity.PlatformRole> { GovFunctions.Core.Identity.PlatformRole.Applicant });
        var command = new DisclosureRequestCommand("GG05001000-350700000000",
            new RequesterCommand("naturalPerson", "林某", "350702199001011230", "13900139000", null, null), "立项批复文件", ["electronic"]);
        List<CaseEvent> history = [DisclosureDecisions.Request(requester, ItemNamed("GG05001000-350700000000"), command, WorkCalendar.Official, Monday)];
        var state = CaseEvolution.Apply(null, history[0]);
        history.Add(next(state));
        state = CaseEvolution.Apply(state, history[^1]);
        if (lapse)
        {
            var alarm = CaseAlarms.Next(state, WorkCalendar.Official, new AlarmOptions())!;
            history.Add(CaseAlarms.Fire(state, alarm, WorkCalendar.Official, new AlarmOptions(), alarm.DueAt)!);
            state = CaseEvolution.Apply(state, history[^1]);
        }

        return new(state, history, new CaseOutbox(false, CaseMilestones.Of(history)), new Dictionary<string, string>());
    }

    /// <summary>排污许可证: approved with its certificate, corrected once (a new version), and the new version then revoked.</summary>
    private static ReviewScenario RevokedPermit()
    {
        var keys = new IssuerKeyRing(new InMemorySecretStore(), TimeProvider.System, NullLogger<IssuerKeyRing>.Instance);
        var permit = Submitted(ItemNamed("XK02003001-350700000000"), Monday);
        permit.Accept();
        permit.Forward();
        permit.Forward();
        permit.DecideIssuing(keys);
        var reissued = TestCertificates.ReissueAsync(
            keys, permit.State.Certificates[0], new CertificateCorrection("持证主体名称有误", "温州某化工股份有限公司", null, null), permit.DecidingApprover.Subject, permit.Now).GetAwaiter().GetResult();
        permit.Do((_, _, _) => reissued);
        permit.Do((s, i, now) => CertificateDecisions.Revoke(
            s, i, permit.DecidingApprover, s.Certificates[^1].Identifier, new RevocationCommand("withdrawn", "以欺骗手段取得许可，依法撤销"), now));
        return permit;
    }

    [Fact]
    public void The_conclusion_names_the_certificate_it_issued_and_its_revocation_follows()
    {
        var record = Record(RevokedPermit());
        var certificate = record.State.Certificates[0];
        var corrected = record.State.Certificates[1];
        var concluded = JsonNode.Parse(Json(MilestoneMapper.Map(record, record.Outbox.Messages.Single(m => m.Type == "caseConcluded"), WorkCalendar)))!;
        var revoked = JsonNode.Parse(Json(MilestoneMapper.Map(record, record.Outbox.Messages.Single(m => m.Type == "certificateRevoked"), WorkCalendar)))!;

        Assert.Equal(certificate.Identifier, concluded["details"]!["certificate"]!["identifier"]!.GetValue<string>());
        Assert.Equal("排污许可证", concluded["details"]!["certificate"]!["name"]!.GetValue<string>());
        var reissued = JsonNode.Parse(Json(MilestoneMapper.Map(record, record.Outbox.Messages.Single(m => m.Type == "certificateReissued"), WorkCalendar)))!;
        Assert.Equal(corrected.Identifier, reissued["details"]!["certificate"]!["identifier"]!.GetValue<string>());
        Assert.Equal(certificate.Identifier, reissued["details"]!["supersedes"]!.GetValue<string>());
        Assert.Equal(corrected.Identifier, revoked["details"]!["identifier"]!.GetValue<string>());
        Assert.Equal("withdrawn", revoked["details"]!["reason"]!.GetValue<string>());
        var paper = CasesThroughEveryMilestone().First();
        var paperConcluded = JsonNode.Parse(Json(MilestoneMapper.Map(paper, paper.Outbox.Messages.Single(m => m.Type == "caseConcluded"), WorkCalendar)))!;
        Assert.Null(paperConcluded["details"]!["certificate"]);
    }

    [Fact]
    public void A_disclosure_request_tells_the_province_its_receipt_answer_and_abandonment_naming_its_procedure_and_nothing_between()
    {
        var records = CasesThroughEveryMilestone().Where(r => r.State.Disclosure is not null).ToList();
        Assert.Equal(["disclosureReceived", "disclosureAnswered"], records[0].Outbox.Messages.Select(m => m.Type));
        Assert.Equal(["disclosureReceived", "disclosureLapsed"], records[1].Outbox.Messages.Select(m => m.Type));

        var lapsed = JsonNode.Parse(Json(MilestoneMapper.Map(records[1], records[1].Outbox.Messages[^1], WorkCalendar)))!;
        Assert.Equal(("disclosure", "fee"), (lapsed["details"]!["procedure"]!.GetValue<string>(), lapsed["details"]!["reason"]!.GetValue<string>()));
        Assert.Equal(("自然人", "3507**********1230"), (lapsed["applicantType"]!.GetValue<string>(), lapsed["maskedIdentifier"]!.GetValue<string>()));
    }

    [Fact]
    public void A_provisional_deadline_is_flagged_until_the_notice_confirms_it()
    {
        var record = CasesThroughEveryMilestone().Single(r => r.Outbox.Messages.Any(m => m.Type == "caseDeadlinesChanged"));
        var accepted = record.Outbox.Messages.Single(m => m.Type == "caseAccepted");
        var changed = record.Outbox.Messages.Single(m => m.Type == "caseDeadlinesChanged");

        var before = JsonNode.Parse(Json(MilestoneMapper.Map(record, accepted, WorkCalendar)))!;
        var after = JsonNode.Parse(Json(MilestoneMapper.Map(record, changed, WorkCalendar)))!;

        Assert.True(before["deadlineProvisional"]!.GetValue<bool>());
        Assert.False(after["deadlineProvisional"]!.GetValue<bool>());
        Assert.Equal("2027-01-06T16:00:00+00:00", after["deadline"]!.GetValue<string>());
        Assert.Equal("国办发明电〔2026〕99号", after["details"]!["noticeNumber"]!.GetValue<string>());
    }

    [Fact]
    public void Every_milestone_maps_to_a_message_its_schema_accepts()
    {
        var seen = new HashSet<string>();
        foreach (var record in CasesThroughEveryMilestone())
        {
            foreach (var message in record.Outbox.Messages)
            {
                var envelope = MilestoneMapper.Map(record, message, WorkCalendar);
                var errors = MilestoneSchemas.Validate(message.Type, Json(envelope));
                Assert.True(errors.Count == 0, $"{message.Type}: {string.Join("; ", errors)}\n{Json(envelope)}");
                seen.Add(message.Type);
            }
        }

        // Every schema is exercised by a real case.
        Assert.Equal(MilestoneSchemas.MessageTypes, seen.Order());
    }

    [Fact]
    public void The_evaluation_schema_accepts_a_rating_and_refuses_anything_else()
    {
        var evaluation = """
            {"schemaVersion":1,"messageType":"evaluationReceived","caseNumber":"20260302090000-330300-XK01001001-7K3F","sequence":21,
             "itemCode":"XK01001001-330300000000","itemVersion":"1.2","departmentCode":"330300-QXJ","regionCode":"330300","provinceCode":"330000",
             "applicantType":"企业法人","maskedIdentifier":"9135**********0Y43","milestoneAt":"2026-03-20T02:00:00+00:00","deadline":null,
             "workingDaysUsed":9,"details":{"rating":5,"channel":"web"}}
            """;

        Assert.Empty(MilestoneSchemas.Validate("evaluationReceived", evaluation));
        Assert.NotEmpty(MilestoneSchemas.Validate("evaluationReceived", evaluation.Replace("\"rating\":5", "\"rating\":6", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_schemas_refuse_personal_data_and_unknown_fields()
    {
        var record = CasesThroughEveryMilestone().First();
        var accepted = record.Outbox.Messages.Single(m => m.Type == "caseAccepted");
        var body = JsonNode.Parse(Json(MilestoneMapper.Map(record, accepted, WorkCalendar)))!.AsObject();

        var fullNumber = body.DeepClone().AsObject();
        fullNumber["maskedIdentifier"] = "91350100M000100Y43";
        Assert.NotEmpty(MilestoneSchemas.Validate("caseAccepted", fullNumber.ToJsonString()));

        var phone = body.DeepClone().AsObject();
        phone["contactPhone"] = "13800138000";
        Assert.NotEmpty(MilestoneSchemas.Validate("caseAccepted", phone.ToJsonString()));

        var wrongType = body.DeepClone().AsObject();
        wrongType["messageType"] = "caseConcluded";
        Assert.NotEmpty(MilestoneSchemas.Validate("caseAccepted", wrongType.ToJsonString()));
    }

    [Fact]
    public void A_message_is_identified_by_case_number_and_sequence_and_routed_by_province()
    {
        var record = CasesThroughEveryMilestone().ElementAt(1); // 瑞安 (330381) accepts: province 330000
        var refusal = record.Outbox.Messages.Single(m => m.Type == "caseNotAccepted");

        var envelope = MilestoneMapper.Map(record, refusal, WorkCalendar);

        Assert.Equal($"{record.State.Number}-{refusal.Sequence}", envelope.MessageId);
        Assert.Equal((record.State.Number, "caseNotAccepted", "330000"), (envelope.SessionId, envelope.Subject, envelope.ProvinceCode));
        Assert.Equal((refusal.Sequence, "330381", "330000"), (envelope.Body.Sequence, envelope.Body.RegionCode, envelope.Body.ProvinceCode));
        Assert.Equal(record.History[refusal.Sequence - 1].At, envelope.Body.MilestoneAt);
    }

    [Fact]
    public void A_message_built_again_later_is_the_same_message()
    {
        var scenario = Submitted(Lightning, Monday);
        scenario.Accept();
        var accepted = CaseMilestones.Of(scenario.History).Single(m => m.Type == "caseAccepted");
        var first = Json(MilestoneMapper.Map(Record(scenario), accepted, WorkCalendar));

        scenario.Forward();
        scenario.FireNextAlarm();
        var later = Json(MilestoneMapper.Map(Record(scenario), accepted, WorkCalendar));

        Assert.Equal(first, later);
    }

    [Fact]
    public void Messages_carry_a_masked_identifier_and_nothing_else_personal()
    {
        var record = CasesThroughEveryMilestone().First();

        foreach (var message in record.Outbox.Messages)
        {
            var json = Json(MilestoneMapper.Map(record, message, WorkCalendar));
            Assert.Contains("\"maskedIdentifier\":\"9135**********0Y43\"", json);
            Assert.DoesNotContain("91350100M000100Y43", json);
            Assert.DoesNotContain("13800138000", json);
            Assert.DoesNotContain("温州某化工有限公司", json);
        }
    }

    [Theory]
    [InlineData("91350100M000100Y43", "9135**********0Y43")]
    [InlineData("33030219900101123x", "3303**********123X")]
    [InlineData("1234567", "*******")]
    [InlineData(" ", null)]
    [InlineData(null, null)]
    public void Identifiers_keep_only_their_first_and_last_four_characters(string? identifier, string? masked) =>
        Assert.Equal(masked, IdentifierMask.Mask(identifier));

    [Fact]
    public void Working_days_used_leave_out_the_supplement_period_and_suspensions()
    {
        var record = CasesThroughEveryMilestone().First();
        var state = record.State;

        var used = MilestoneMapper.WorkingDaysUsed(state, state.Delivery!.At, WorkCalendar);

        var elapsed = WorkCalendar.WorkingDaysBetween(state.SubmittedAt!.Value, state.Delivery.At);
        var supplement = WorkCalendar.WorkingDaysBetween(state.Supplement!.RequestedAt, state.Supplement.ProvidedAt!.Value);
        var suspended = state.Suspensions.Sum(s => s.PausedWorkingDays!.Value);
        Assert.True(supplement > 0 && suspended > 0);
        Assert.Equal(elapsed - supplement - suspended, used);
    }

    [Fact]
    public void A_draft_withdrawn_was_never_filed_and_tells_no_province()
    {
        var withdrawal = new CaseWithdrawn(Monday, "company-1", "不办了");

        Assert.Null(CaseMilestones.TypeOf(withdrawal, CaseStage.Draft));
        Assert.Equal("caseWithdrawn", CaseMilestones.TypeOf(withdrawal, CaseStage.UnderReview));
    }

    private static GovFunctions.Core.Calendar.WorkCalendar WorkCalendar => GovFunctions.Core.Calendar.WorkCalendar.Official;
}
