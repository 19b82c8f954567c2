namespace GovFunctions.Api.Hosting;

/// <summary>How often each instance reloads the published calendar years (a notice published on another instance reaches this one within it).</summary>
public sealed class WorkCalendarOptions
{
    public const string SectionName = "WorkCalendar";

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
