using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Calendar;

/// <summary>
/// The working-day calendar as data: administrators publish each year's notice (nationally, or a region's own
/// holidays); anyone reads a year, published or provisional. Publishing re-reckons every open case whose deadlines
/// the new days move (see <see cref="DeadlineRereckoning"/>), through the case's own write path, so history, views,
/// alarms and the provinces follow.
/// </summary>
public sealed partial class WorkCalendarService(
    IWorkCalendarStore store,
    WorkCalendars calendars,
    CalendarYearValidator validator,
    CaseChanges changes,
    ReviewService review,
    RegionDirectory regions,
    TimeProvider time,
    ILogger<WorkCalendarService> logger)
{
    /// <summary>Stores the shipped notices that the store lacks, then loads what is in force. Safe to repeat.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken);
        var missing = WorkCalendar.ShippedYears.Where(y => !stored.Any(s => s.IsNational && s.Year == y.Year)).Select(WorkCalendars.Shipped).ToList();
        foreach (var year in missing)
        {
            try
            {
                await store.AddAsync(year, cancellationToken);
                LogSeeded(year.Year, year.Notice.DocumentNumber);
            }
            catch (ConflictException)
            {
                // Another instance seeded it meanwhile.
            }
        }

        calendars.Load(missing.Count == 0 ? stored : await store.ListAsync(cancellationToken));
    }

    /// <summary>The years in force on this instance (as last loaded or published), with their version counts from the store.</summary>
    public async Task<IReadOnlyList<CalendarYearSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await store.ListAsync(cancellationToken);
        var published = calendars.Publications.Select(p => CalendarYearSummary.Of(p, versions)).ToList();
        // The years ahead without a notice yet, so a portal can show which deadlines are expected only.
        var thisYear = ChinaTime.DateOf(time.GetUtcNow()).Year;
        var provisional = Enumerable.Range(thisYear, 3)
            .Where(y => !calendars.National.PublishedYears.Contains(y) && StatutoryHolidays.Covers(y))
            .Select(CalendarYearSummary.ProvisionalOf);
        return [.. published, .. provisional];
    }

    public async Task<CalendarYearView> GetAsync(int year, string? regionCode, CancellationToken cancellationToken)
    {
        var region = regionCode ?? RegionDirectory.NationalCode;
        if (!regions.Contains(region))
        {
            throw ValidationFailedException.For("region", $"there is no region {region}.");
        }

        var versions = await store.ListAsync(cancellationToken);
        if (!StatutoryHolidays.Covers(year) && !calendars.National.PublishedYears.Contains(year))
        {
            throw new NotFoundException($"The calendar has no year {year}: provisional years run from {StatutoryHolidays.FirstYear} to {StatutoryHolidays.LastYear}.");
        }

        var calendar = calendars.For(region);
        var national = calendars.National.NationalYearOf(year);
        var overlays = calendars.OverlaysFor(region).Where(p => p.Year == year).ToList();
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(d => new DateOnly(year, 1, 1).AddDays(d)).ToList();
        return new CalendarYearView(
            year, region, calendar.IsProvisional(new DateOnly(year, 1, 1)), national.Notice,
            days.Where(d => !calendar.IsWorkingDay(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList(),
            days.Where(d => calendar.IsWorkingDay(d) && d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).ToList(),
            national.Holidays, national.AdjustedWorkdays,
            StatutoryHolidays.Covers(year) ? StatutoryHolidays.Of(year) : [],
            overlays,
            days.Count(calendar.IsWorkingDay),
            [.. versions.Where(v => v.Year == year && (v.IsNational || overlays.Any(o => o.RegionCode == v.RegionCode))).OrderBy(v => v.RegionCode).ThenBy(v => v.Version)]);
    }

    /// <summary>
    /// Publishes a year (a new version when anything differs from the newest; the same days and notice again are a
    /// replay that answers the newest version) and re-reckons the open cases. A replay re-reckons too, so a
    /// publication interrupted half-way is finished by sending it again.
    /// </summary>
    public async Task<CalendarPublicationResult> PublishAsync(Caller caller, int year, CalendarYearRequest? request, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Admin);
        var now = time.GetUtcNow();
        var (regionCode, holidays, adjusted, notice) = validator.Validate(year, request, ChinaTime.DateOf(now));
        var versions = await store.ListAsync(cancellationToken);
        var newest = versions.Where(v => v.RegionCode == regionCode && v.Year == year).MaxBy(v => v.Version);
        var publication = new PublishedCalendarYear(regionCode, year, (newest?.Version ?? 0) + 1, holidays, adjusted, notice, now, caller.Subject);
        var replay = newest is not null && newest.SaysTheSameAs(publication);
        if (replay)
        {
            publication = newest!;
        }
        else
        {
            await store.AddAsync(publication, cancellationToken);
            versions = [.. versions, publication];
            LogPublished(year, regionCode, publication.Version, notice.DocumentNumber, caller.Subject);
        }

        calendars.Load(versions);
        var (checkedCount, moved, failed) = await RereckonOpenCasesAsync(publication, cancellationToken);
        return new CalendarPublicationResult(publication, replay, checkedCount, moved.Count, failed) { RereckonedCases = moved };
    }

    private async Task<(int Checked, List<string> Moved, int Failed)> RereckonOpenCasesAsync(PublishedCalendarYear publication, CancellationToken cancellationToken)
    {
        var provinces = publication.IsNational ? regions.ProvinceCodes : [RegionDirectory.ProvinceOf(publication.RegionCode)];
        int checkedCount = 0, failed = 0;
        var moved = new List<string>();
        foreach (var province in provinces)
        {
            foreach (var caseNumber in await review.ListInProgressAsync(province, cancellationToken))
            {
                checkedCount++;
                try
                {
                    var changed = false;
                    await changes.ApplyToRecordAsync(caseNumber, async (record, now, ct) =>
                    {
                        if (!publication.IsNational && !RegionDirectory.IsWithin(record.State.RegionCode, publication.RegionCode))
                        {
                            return null;
                        }

                        // Only a review step's deadline needs the guide: complaints and notices on departments have none.
                        var item = record.State.CurrentStep is null ? null : await changes.GuideOfAsync(record.State, ct);
                        var @event = DeadlineRereckoning.Rereckon(record.State, item, calendars.ForCase(record.State), publication, now);
                        changed = @event is not null;
                        return @event;
                    }, cancellationToken);
                    if (changed)
                    {
                        moved.Add(caseNumber);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One case that cannot be re-reckoned holds up no other; publishing again retries it.
                    failed++;
                    LogRereckonFailed(e, caseNumber, publication.Year);
                }
            }
        }

        LogRereckoned(publication.Year, publication.RegionCode, checkedCount, moved.Count, failed);
        return (checkedCount, moved, failed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the shipped calendar of {Year} ({DocumentNumber})")]
    private partial void LogSeeded(int year, string documentNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published calendar {Year} for region {RegionCode}, version {Version} ({DocumentNumber}), by {Subject}")]
    private partial void LogPublished(int year, string regionCode, int version, string documentNumber, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-reckoning case {CaseNumber} on the {Year} calendar failed; publishing again retries it")]
    private partial void LogRereckonFailed(Exception exception, string caseNumber, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar {Year} of region {RegionCode}: {Checked} open cases checked, {Moved} re-reckoned, {Failed} failed")]
    private partial void LogRereckoned(int year, string regionCode, int @checked, int moved, int failed);
}
