using System.Text.Json;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;

namespace GovFunctions.Core.Review;

/// <summary>
/// A case's deadlines reckoned again on a calendar that changed (a notice published for a provisional year, or a
/// correction). Each deadline is recomputed from its start over the same number of working days (limit, paused days,
/// extension), so nothing the case was granted is lost or doubled. The rules:
/// a deadline already passed stays where it ran out (the case was late under the calendar then in force);
/// a deadline still ahead never moves into the past: at the earliest it ends tonight (nothing becomes overdue
/// retroactively); the alarm levels a clock reached stay reached, so no warning or overdue alarm fires twice.
/// Pure, and idempotent: reckoning again on the same calendar changes nothing.
/// </summary>
public static class DeadlineRereckoning
{
    /// <param name="item">The case's guide, for the deadline of its current review step; none for a record without one.</param>
    public static DeadlinesRereckoned? Rereckon(CaseState state, ServiceItem? item, WorkCalendar calendar, PublishedCalendarYear publication, DateTimeOffset now)
    {
        var earliest = ChinaTime.StartOf(ChinaTime.DateOf(now).AddDays(1));
        var changes = new List<DeadlineChange>();
        // The record's clock, and a rectification's beside it (a closed case may have only that one).
        foreach (var clock in new[] { state.Clock, state.Rectification?.Clock }.OfType<CaseClock>().Where(c => c.Deadline > now))
        {
            var to = Later(calendar.DeadlineAfter(clock.StartedAt, clock.SpanWorkingDays), earliest);
            var provisional = calendar.IsProvisional(clock.StartedAt, to);
            if (to != clock.Deadline || provisional != clock.Provisional)
            {
                changes.Add(new DeadlineChange(NameOf(clock.Kind), clock.Deadline, to, provisional));
            }
        }

        if (item is not null && state.Clock is { Kind: ClockKind.Review } review && state.CurrentStep is { } step && step.Deadline > now)
        {
            var to = Later(StepDeadline(state, item, step, review, calendar), earliest);
            if (to != step.Deadline)
            {
                changes.Add(new DeadlineChange(DeadlineChange.Step, step.Deadline, to, calendar.IsProvisional(step.StartedAt, to)));
            }
        }

        return changes.Count == 0
            ? null
            : new DeadlinesRereckoned(now, CaseEvent.Platform, publication.Year, publication.RegionCode, publication.Version, publication.Notice.DocumentNumber, changes);
    }

    /// <summary>The name a clock's deadline goes by in a <see cref="DeadlineChange"/>.</summary>
    public static string NameOf(ClockKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>
    /// The step's deadline as <see cref="ReviewDecisions"/> set it when the step started (its own limit, for a lower level
    /// its period, never past the review deadline of then), moved on by the days suspended during the step.
    /// </summary>
    private static DateTimeOffset StepDeadline(CaseState state, ServiceItem item, StepRecord step, CaseClock review, WorkCalendar calendar)
    {
        var paused = state.Suspensions.Where(s => s.StartedAt >= step.StartedAt).Sum(s => s.PausedWorkingDays ?? 0);
        var deadline = calendar.DeadlineAfter(step.StartedAt, item.ReviewSteps[step.Index].LimitWorkingDays + paused);
        if (item.MultiLevelReview && step.RegionCode != item.ReviewSteps[^1].RegionCode)
        {
            deadline = Earlier(deadline, calendar.DeadlineAfter(review.StartedAt, TimeLimits.For(item).LowerLevelReviewWorkingDays + paused));
        }

        var extendedSince = state.Extension is { } extension && extension.At >= step.StartedAt ? extension.WorkingDays : 0;
        return Earlier(deadline, calendar.DeadlineAfter(review.StartedAt, review.SpanWorkingDays - extendedSince));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
