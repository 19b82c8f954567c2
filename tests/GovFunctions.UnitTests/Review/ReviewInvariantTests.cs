using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;
using GovFunctions.Core.Review;
using GovFunctions.Core.Serialization;
using GovFunctions.Core.Supervision;
using static GovFunctions.UnitTests.Review.ReviewScenario;

namespace GovFunctions.UnitTests.Review;

/// <summary>
/// Property-style: random sequences of commands, alarms and passing time (seeded, so a failure replays) keep the
/// invariants — deadlines never before their start, paused time never counted, history append-only and the
/// state always its replay, alarms computed for the current version (a notice's deadline and a rectification's clock
/// among them), cards and notices numbered as raised and closed only by their rules.
/// </summary>
public class ReviewInvariantTests
{
    private static readonly Func<ReviewScenario, Random, CaseEvent>[] Moves =
    [
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.PreReview(st, i, s.Window, new PreReviewCommand("pass", null), now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.PreReview(st, i, s.Window, new PreReviewCommand("return", "不清晰"), now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Accept(st, i, s.Window, s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.RejectAcceptance(st, i, s.Window, new RefusalCommand("不符合条件"), now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.RequestSupplement(st, i, s.Window,
            new SupplementRequestCommand([new SupplementItemCommand(i.Materials[0].Id, "缺章")]), now)),
        (s, _) =>
        {
            s.Upload(s.Item.Materials[0].Id);
            return s.History[^1];
        },
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.ProvideSupplement(st, i, Applicant, s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => CaseDecisions.Submit(st, i, Applicant, s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.CompleteStep(st, i, Owner(s), new StepCompletionCommand("forward", "同意"), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.CompleteStep(st, i, Owner(s), new StepCompletionCommand("return", "退回"), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Suspend(st, i, Owner(s), new SuspensionCommand("hearing", "听证"), now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Resume(st, i, Owner(s), s.Calendar, now)),
        (s, r) => Decide(s, (st, i, now) => ReviewDecisions.Extend(st, i, s.DecidingApprover, new ExtensionCommand(r.Next(1, 11), "延期"), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Decide(st, i, Owner(s), new DecisionCommand("approved", ["依据"], "理由", "文号"), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Deliver(st, i, s.Window, new DeliveryCommand(i.DeliveryMethods[0], null), now)),
        (s, _) => Decide(s, (st, _, now) => CaseDecisions.Withdraw(st, Applicant, "撤回", now)),
        (s, _) => Decide(s, (st, i, now) => ReviewDecisions.Accept(st, i, Staff(PlatformRole.Clerk, "350700-QXJ"), s.Calendar, now)),
        (s, r) => Decide(s, (st, i, now) => NoticeDecisions.Issue(st, i, Supervisor(st.RegionCode), new NoticeCommand("督办", "限期办结", r.Next(1, 6)), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => NoticeDecisions.Answer(st, i, HeadOf(OpenNotice(st).DepartmentCode), OpenNotice(st).Number, "已办", now)),
        (s, _) => Decide(s, (st, i, now) => CardDecisions.Report(st, i, HeadOf(OpenCard(st).DepartmentCode), OpenCard(st).Number, "已整改", now)),
        (s, r) => Decide(s, (st, i, now) => CardDecisions.Review(st, i, Supervisor(OpenCard(st).RegionCode), OpenCard(st).Number,
            r.Next(2) == 0 ? CardDecisions.Confirmed : CardDecisions.Returned, "审", now)),
        (s, r) => Decide(s, (st, _, now) => RatingDecisions.Rate(st, Applicant, new RatingCommand(r.Next(2) == 0 ? "dissatisfied" : "satisfied", null, null, "评价"),
            new RatingOptions(), s.Calendar, now)),
        (s, _) => Decide(s, (st, i, now) => RectificationDecisions.RecordCallBack(st, i, Staff(PlatformRole.Clerk, st.Rectification?.DepartmentCode ?? st.DepartmentCode),
            new CallBackCommand(now, "phone", "已回访"), s.Calendar, now)),
        (s, r) => Decide(s, (st, i, now) => RectificationDecisions.Conclude(st, i, HeadOf(st.Rectification?.DepartmentCode ?? st.DepartmentCode),
            new RectificationCommand(new[] { "rectified", "explained", "appealed" }[r.Next(3)], "处理结果"), now)),
        (s, r) => Decide(s, (st, i, now) => RectificationDecisions.DecideAppeal(st, i, Supervisor(st.Rectification?.RegionCode ?? st.RegionCode),
            new AppealDecisionCommand(r.Next(2) == 0 ? "upheld" : "rejected", "理由"), now)),
        (s, _) =>
        {
            var alarm = s.NextAlarm() ?? throw new ConflictException("no alarm");
            s.Now = alarm.DueAt > s.Now ? alarm.DueAt : s.Now;
            return Decide(s, (st, _, now) => CaseAlarms.Fire(st, alarm, s.Calendar, s.Alarms, now)
                ?? throw new InvalidOperationException($"A due alarm of the current version did nothing: {alarm}"));
        },
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_sequence_of_commands_keeps_the_invariants(int seed) =>
        Play(seed,
            refused: (scenario, stateBefore) => Assert.Equal(stateBefore, Json(scenario.State)), // a refusal changes nothing
            moved: Check);

    /// <summary>
    /// A random case (the seed picks the item, the start and 60 moves with time passing between them); after each move
    /// <paramref name="moved"/> sees the history before it, after each refusal <paramref name="refused"/> the state before it.
    /// </summary>
    internal static ReviewScenario Play(int seed, Action<ReviewScenario, string>? refused = null, Action<ReviewScenario, List<CaseEvent>>? moved = null)
    {
        var random = new Random(seed);
        var items = new[] { Lightning, CountyAcceptsCityDecides, WithPreReview };
        // Half the cases start in late 2026, so their clocks run into provisional 2027.
        var start = seed % 2 == 0 ? Beijing(2026, 1, 5) : Beijing(2026, 11, 23);
        var scenario = Submitted(items[seed % items.Length], start.AddHours(random.Next(0, 24 * 60)));
        moved?.Invoke(scenario, []);

        for (var move = 0; move < 60; move++)
        {
            scenario.Now = scenario.Now.AddHours(random.Next(0, 60));
            var before = scenario.History.ToList();
            var stateBefore = Json(scenario.State);
            try
            {
                Moves[random.Next(Moves.Length)](scenario, random);
            }
            catch (Exception e) when (e is ConflictException or ValidationFailedException or AccessDeniedException or NotFoundException or IncompleteApplicationException)
            {
                refused?.Invoke(scenario, stateBefore);
                continue;
            }

            moved?.Invoke(scenario, before);
        }

        return scenario;
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 120)];

    private static void Check(ReviewScenario scenario, List<CaseEvent> before)
    {
        var state = scenario.State;
        Assert.Equal(before, scenario.History.Take(before.Count)); // append-only
        Assert.Equal(scenario.History.Count, state.Version);
        Assert.Equal(Json(CaseEvolution.Replay(scenario.History)), Json(state));

        if (state.Clock is { } clock)
        {
            Assert.True(clock.Deadline >= clock.StartedAt, $"deadline {clock.Deadline} before start {clock.StartedAt}");
            // Paused time is never counted: the deadline is exactly the limit (plus extension) plus the paused working days.
            Assert.Equal(scenario.Calendar.DeadlineAfter(clock.StartedAt, clock.LimitWorkingDays + clock.ExtensionWorkingDays + clock.PausedWorkingDays), clock.Deadline);
            Assert.Equal(clock.Kind == ClockKind.Review ? state.Suspensions.Sum(s => s.PausedWorkingDays ?? 0) : 0, clock.PausedWorkingDays);
        }

        Assert.Equal(CaseLists.IsOpen(state.Stage) && state.Stage != CaseStage.SupplementRequested, state.Clock is not null);
        Assert.Equal(state.Stage == CaseStage.UnderReview, state.CurrentStep is not null);
        Assert.All(state.Steps, s => Assert.True(s.CompletedAt is null || s.CompletedAt >= s.StartedAt));
        Assert.All(state.Suspensions.Where(s => s.EndedAt is not null), s => Assert.True(s.EndedAt >= s.StartedAt));
        Assert.True(state.Suspensions.Count(s => s.EndedAt is null) <= 1);
        if (scenario.NextAlarm() is { } alarm)
        {
            Assert.Equal((state.Number, state.Version), (alarm.CaseNumber, alarm.ForVersion));
        }

        // Cards and notices are numbered as raised, never removed; a card closes only on a reported correction; a notice
        // is escalated only once its deadline has passed.
        Assert.Equal(Enumerable.Range(1, state.Cards.Count), state.Cards.Select(c => c.Number));
        Assert.All(state.Cards.Where(c => !c.IsOpen), c => Assert.True(c.Correction is not null && c.Confirmation!.At >= c.Correction.At));
        Assert.Equal(Enumerable.Range(1, state.Notices.Count), state.Notices.Select(n => n.Number));
        Assert.All(state.Notices.Where(n => n.EscalatedTo is not null), n => Assert.True(n.Deadline <= scenario.Now));
        Assert.All(state.Notices, n => Assert.True(n.Deadline > n.IssuedAt));

        // Reckoned again on the calendar it was reckoned on, no deadline moves: the rule reproduces every deadline the decider set.
        Assert.Null(DeadlineRereckoning.Rereckon(state, scenario.Item, scenario.Calendar, SameCalendar, scenario.Now));
        if (state.Clock is { } running)
        {
            Assert.Equal(scenario.Calendar.IsProvisional(running.StartedAt, running.Deadline), running.Provisional);
        }
    }

    private static readonly PublishedCalendarYear SameCalendar = WorkCalendars.Shipped(WorkCalendar.ShippedYears[^1]);

    private static CaseEvent Decide(ReviewScenario scenario, Func<CaseState, GovFunctions.Core.Catalog.ServiceItem, DateTimeOffset, CaseEvent> decide)
    {
        scenario.Do(decide);
        return scenario.History[^1];
    }


    private static Caller HeadOf(string department) => Staff(PlatformRole.Approver, department, "head");

    private static SupervisionNotice OpenNotice(CaseState state) => state.Notices.FirstOrDefault(n => n.IsOpen) ?? throw new ConflictException("no open notice");

    private static SupervisionCard OpenCard(CaseState state) => state.Cards.FirstOrDefault(c => c.IsOpen) ?? throw new ConflictException("no open card");

    private static Caller Owner(ReviewScenario scenario) =>
        scenario.State.CurrentStep is { } step ? scenario.OwnerOf(step.Index) : scenario.OwnerOf(1);

    private static string Json(CaseState state) => JsonSerializer.Serialize(state, GovJson.Options);
}
