using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Review;

namespace GovFunctions.IntegrationTests;

/// <summary>
/// Cases taken through their milestones by the real deciders, stored the way the application service stores
/// them: the outbox note first, then the case with its outbox (views to refresh, milestones owed).
/// </summary>
internal static class MilestoneCases
{
    /// <summary>温州 (province 330000) and 南平 (350000) items without pre-review.</summary>
    public static ServiceItem Wenzhou { get; } = Seed.Lightning;

    public static ServiceItem Nanping { get; } = Seed.Items.Single(i => i.Code == "XK02003001-350700000000") with { Status = ServiceItemStatus.Published };

    public enum Route
    {
        Delivered,
        SupplementedThenDelivered,
        NotAccepted,
        WithdrawnUnderReview,
    }

    public static CaseRecord Build(ServiceItem item, Route path, string subject, DateTimeOffset start)
    {
        var applicant = new Caller(subject, new HashSet<PlatformRole> { PlatformRole.Applicant });
        var window = Staff(PlatformRole.Clerk, item.ReviewSteps[0].DepartmentCode);
        var calendar = WorkCalendar.Official;
        var now = start;
        var history = new List<CaseEvent>();
        CaseState? state = null;

        void Do(Func<CaseState, CaseEvent> decide)
        {
            var @event = decide(state!);
            history.Add(@event);
            state = CaseEvolution.Apply(state, @event);
            now = now.AddHours(5);
        }

        void Upload(string slot) =>
            Do(s => CaseDecisions.AttachMaterial(s, item, applicant, slot, slot + ".pdf", new StoredMaterial($"{slot}-{now.Ticks}", 1, "application/pdf"), now));

        var started = CaseDecisions.StartDraft(item, applicant, now);
        history.Add(started);
        state = CaseEvolution.Apply(null, started);
        Do(s => CaseDecisions.UpdateForm(s, applicant, new ApplicationForm
        {
            ApplicantType = "企业法人", ApplicantName = "某有限公司", IdentityNumber = "91350100M000100Y43",
            ContactName = "王五", ContactPhone = "13800138000", Matter = "申请事项",
        }, now));
        foreach (var slot in item.Materials.Where(m => m.Required))
        {
            Upload(slot.Id);
        }

        Do(s => CaseDecisions.Submit(s, item, applicant, calendar, now));
        switch (path)
        {
            case Route.NotAccepted:
                Do(s => ReviewDecisions.RejectAcceptance(s, item, window, new RefusalCommand("材料不符合法定形式"), now));
                break;
            case Route.WithdrawnUnderReview:
                Do(s => ReviewDecisions.Accept(s, item, window, calendar, now));
                Do(s => CaseDecisions.Withdraw(s, applicant, "项目取消", now));
                break;
            default:
                if (path == Route.SupplementedThenDelivered)
                {
                    var slot = item.Materials[0].Id;
                    Do(s => ReviewDecisions.RequestSupplement(s, item, window, new SupplementRequestCommand([new SupplementItemCommand(slot, "缺章")]), now));
                    Upload(slot);
                    Do(s => ReviewDecisions.ProvideSupplement(s, item, applicant, calendar, now));
                }

                Do(s => ReviewDecisions.Accept(s, item, window, calendar, now));
                while (state!.CurrentStep!.Index < item.ReviewSteps.Count - 1)
                {
                    var owner = OwnerOf(item, state.CurrentStep.Index);
                    Do(s => ReviewDecisions.CompleteStep(s, item, owner, new StepCompletionCommand("forward", "同意"), calendar, now));
                }

                Do(s => ReviewDecisions.Decide(s, item, OwnerOf(item, state.CurrentStep!.Index),
                    new DecisionCommand("approved", ["《中华人民共和国行政许可法》第三十八条"], "符合条件", "文〔2026〕1号"), calendar, now));
                Do(s => ReviewDecisions.Deliver(s, item, window, new DeliveryCommand(item.DeliveryMethods[^1], item.DeliveryMethods[^1] == "邮寄送达" ? "SF1" : null), now));
                break;
        }

        return new CaseRecord(state!, history, new CaseOutbox(true, CaseMilestones.Of(history)), new Dictionary<string, string>());
    }

    public static async Task SaveAsync(ICaseStore cases, CaseRecord record)
    {
        await cases.MarkOutboxPendingAsync(GovFunctions.Core.Milestones.OutboxNote.Of(record), default);
        await cases.CreateAsync(record, default);
    }

    /// <summary>MessageId → the sequence order a receiver must see for each case.</summary>
    public static IEnumerable<string> MessageIds(CaseRecord record) => record.Outbox.Messages.Select(m => $"{record.State.Number}-{m.Sequence}");

    private static Caller Staff(PlatformRole role, string department) => new($"{role}-{department}", new HashSet<PlatformRole> { role }, department, department[..6]);

    /// <summary>A person of their own for each step: 审核 and 决定 are two people (审管分离).</summary>
    private static Caller OwnerOf(ServiceItem item, int index)
    {
        var step = Staff(item.ReviewSteps[index].PlatformRole!.Value, item.ReviewSteps[index].DepartmentCode);
        return step with { Subject = $"{step.Subject}-step{index}" };
    }
}
