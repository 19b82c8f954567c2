using GovFunctions.Core.Audit;
using GovFunctions.Core.Cases;

namespace GovFunctions.UnitTests.Audit;

public sealed class CaseHistoryChainTests
{
    private const string Number = "330300-20270309-000042";
    private static readonly DateTimeOffset Noon = new(2027, 3, 9, 4, 0, 0, TimeSpan.Zero);
    private static readonly RequestOrigin Clerk = new(["clerk"], "330300-QXJ", "00-trace-01", "10.0.0.7");

    private static List<CaseEvent> History()
    {
        var events = new CaseEvent[]
        {
            new DraftStarted(Noon, "applicant-1", Number, "ABC123", "ITEM", "1", null, "330300-QXJ", "330300"),
            new FormUpdated(Noon.AddMinutes(1), "applicant-1", new ApplicationForm { ApplicantName = "某某公司", ContactPhone = "13800000000" }),
            new CaseWithdrawn(Noon.AddMinutes(2), "applicant-1", "不再需要"),
            new ClockOverdue(Noon.AddMinutes(3), CaseEvent.Platform, Core.Review.ClockKind.Acceptance),
        };
        var history = new List<CaseEvent>();
        foreach (var @event in events)
        {
            history.Add(CaseHistoryChain.Link(Number, history, @event, @event.By == CaseEvent.Platform ? null : Clerk));
        }

        return history;
    }

    [Fact]
    public void A_history_as_recorded_holds_and_keeps_where_each_change_came_from()
    {
        var history = History();

        Assert.Null(CaseHistoryChain.FirstBreak(Number, history));
        Assert.Equal(CaseHistoryChain.GenesisOf(Number), history[0].Audit!.PreviousHash);
        Assert.Equal(CaseHistoryChain.HashOf(history[2]), history[3].Audit!.PreviousHash);
        Assert.Equal("00-trace-01", history[1].Audit!.Request!.RequestId);
        Assert.Null(history[3].Audit!.Request);
    }

    [Fact]
    public void An_event_changed_after_it_was_recorded_breaks_the_link_of_the_next()
    {
        var history = History();
        history[1] = ((FormUpdated)history[1]) with { Form = new ApplicationForm { ApplicantName = "另一家公司" } };

        var broken = CaseHistoryChain.FirstBreak(Number, history);

        Assert.Equal(3, broken?.Sequence);
        Assert.Equal("case:" + Number, broken!.Chain);
    }

    [Fact]
    public void A_removed_event_and_a_history_moved_to_another_case_are_found()
    {
        var cut = History();
        cut.RemoveAt(1);
        Assert.Equal(2, CaseHistoryChain.FirstBreak(Number, cut)?.Sequence);

        Assert.Equal(1, CaseHistoryChain.FirstBreak("330300-20270309-000043", History())?.Sequence);
    }

    [Fact]
    public void An_event_without_its_link_is_a_break_even_at_the_end()
    {
        var history = History();
        history.Add(new CaseWithdrawn(Noon.AddMinutes(9), "applicant-1", "再撤一次"));

        Assert.Equal(5, CaseHistoryChain.FirstBreak(Number, history)?.Sequence);
    }

    [Fact]
    public void The_origin_is_part_of_what_the_next_event_fixes()
    {
        var history = History();
        history[1] = history[1] with { Audit = history[1].Audit! with { Request = Clerk with { ClientAddress = "203.0.113.9" } } };

        Assert.Equal(3, CaseHistoryChain.FirstBreak(Number, history)?.Sequence);
    }
}
