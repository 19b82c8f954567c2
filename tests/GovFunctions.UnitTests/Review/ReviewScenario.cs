using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;
using GovFunctions.UnitTests.Catalog;

namespace GovFunctions.UnitTests.Review;

/// <summary>A case driven through the pure decider with a clock the test moves: state, history and the time.</summary>
internal sealed class ReviewScenario
{
    public static readonly Caller Applicant = new("company-1", new HashSet<PlatformRole> { PlatformRole.Applicant }, CreditCode: "91350100M000100Y43");

    private ReviewScenario(ServiceItem item, DateTimeOffset now)
    {
        Item = item;
        Now = now;
    }

    public ServiceItem Item { get; }
    public DateTimeOffset Now { get; set; }
    public CaseState State { get; private set; } = null!;
    public List<CaseEvent> History { get; } = [];
    public WorkCalendar Calendar { get; set; } = WorkCalendar.Official;
    public AlarmOptions Alarms { get; } = new();

    public static ServiceItem ItemNamed(string code) => SeedItems.All.Single(i => i.Code == code) with { Status = ServiceItemStatus.Published };

    /// <summary>雷电防护装置设计审核: 温州市气象局, steps 受理 1 / 审查 2 / 审核 1 / 决定 1, promised 5, extension 10.</summary>
    public static ServiceItem Lightning => ItemNamed("XK01001001-330300000000");

    /// <summary>环评报告表: 瑞安分局 (county) accepts and reviews, 温州市生态环境局 (city) 审核 and 决定.</summary>
    public static ServiceItem CountyAcceptsCityDecides => ItemNamed("XK02001002-330300000000");

    /// <summary>雷电防护装置竣工验收 (南平): 网上预审 before acceptance.</summary>
    public static ServiceItem WithPreReview => ItemNamed("XK01001002-350700000000");

    /// <summary>Beijing wall-clock time as an instant.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    public static ReviewScenario Submitted(ServiceItem item, DateTimeOffset at)
    {
        var scenario = new ReviewScenario(item, at);
        var started = CaseDecisions.StartDraft(item, Applicant, at);
        scenario.History.Add(started);
        scenario.State = CaseEvolution.Apply(null, started);
        scenario.Do((s, i, now) => CaseDecisions.UpdateForm(s, Applicant, new ApplicationForm
        {
            ApplicantType = "企业法人", ApplicantName = "温州某化工有限公司", IdentityNumber = "91350100M000100Y43",
            ContactName = "王五", ContactPhone = "13800138000", Matter = "申请事项",
        }, now));
        foreach (var slot in item.Materials.Where(m => m.Required))
        {
            scenario.Upload(slot.Id);
        }

        scenario.Do((s, i, now) => CaseDecisions.Submit(s, i, Applicant, scenario.Calendar, now));
        return scenario;
    }

    public static Caller Staff(PlatformRole role, string departmentCode, string subject = "staff") =>
        new($"{subject}-{role}-{departmentCode}", new HashSet<PlatformRole> { role }, departmentCode, departmentCode[..6]);

    public static Caller Supervisor(string regionCode) => new($"supervisor-{regionCode}", new HashSet<PlatformRole> { PlatformRole.Supervisor }, RegionCode: regionCode);

    /// <summary>The accepting window's clerk.</summary>
    public Caller Window => Staff(PlatformRole.Clerk, Item.ReviewSteps[0].DepartmentCode);

    /// <summary>Whoever owns step <paramref name="index"/> of the guide: a person of their own for each step (审管分离).</summary>
    public Caller OwnerOf(int index) => Staff(Item.ReviewSteps[index].PlatformRole!.Value, Item.ReviewSteps[index].DepartmentCode, $"step{index}");

    public Caller DecidingApprover => Staff(PlatformRole.Approver, Item.ReviewSteps[^1].DepartmentCode);

    public CaseState Do(Func<CaseState, ServiceItem, DateTimeOffset, CaseEvent> decide)
    {
        var @event = decide(State, Item, Now);
        History.Add(@event);
        return State = CaseEvolution.Apply(State, @event);
    }

    public void Upload(string slotId) =>
        Do((s, i, now) => CaseDecisions.AttachMaterial(s, i, Applicant, slotId, $"{slotId}.pdf", new StoredMaterial($"{slotId}-{now.Ticks}", 1024, "application/pdf"), now));

    public CaseState Accept() => Do((s, i, now) => ReviewDecisions.Accept(s, i, Window, Calendar, now));

    public CaseState Forward(string opinion = "符合要求") =>
        Do((s, i, now) => ReviewDecisions.CompleteStep(s, i, OwnerOf(s.CurrentStep!.Index), new StepCompletionCommand("forward", opinion), Calendar, now));

    public CaseState Decide(string outcome = "approved", IssuedCertificate? certificate = null) =>
        Do((s, i, now) => ReviewDecisions.Decide(s, i, OwnerOf(s.CurrentStep!.Index),
            new DecisionCommand(outcome, ["《中华人民共和国行政许可法》第三十八条"], "材料齐全，符合法定条件", "温气审〔2026〕1号"), Calendar, now) with { Certificate = certificate });

    /// <summary>Approves at the last step with the certificate a real issuer seals for this case now.</summary>
    public CaseState DecideIssuing(IssuerKeyRing keys) =>
        Decide(certificate: Certificates.TestCertificates.IssueAsync(
            keys, State, Item, new CertificateContents("温气审〔2026〕1号", State.Form.Matter, ["《中华人民共和国行政许可法》第三十八条"]), Now).GetAwaiter().GetResult());

    public CaseAlarm? NextAlarm() => CaseAlarms.Next(State, Calendar, Alarms);

    /// <summary>Moves time to the next alarm and fires it; returns what it recorded.</summary>
    public CaseEvent FireNextAlarm()
    {
        var alarm = NextAlarm() ?? throw new InvalidOperationException("No alarm is due.");
        Now = alarm.DueAt;
        var @event = CaseAlarms.Fire(State, alarm, Calendar, Alarms, Now) ?? throw new InvalidOperationException("The alarm did nothing.");
        History.Add(@event);
        State = CaseEvolution.Apply(State, @event);
        return @event;
    }
}
