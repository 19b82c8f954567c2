namespace GovFunctions.Core.Calendar;

/// <summary>
/// What an administrator publishes for a year: the notice's days off and weekend working days, and the notice itself.
/// Without <see cref="RegionCode"/> it is the State Council's national notice; with one, a region's own holidays.
/// Dates are <c>yyyy-MM-dd</c>, kept as text here so that each bad one is named.
/// </summary>
public sealed record CalendarYearRequest(string? RegionCode, IReadOnlyList<string?>? Holidays, IReadOnlyList<string?>? AdjustedWorkdays, NoticeRequest? Notice);

public sealed record NoticeRequest(string? DocumentNumber, string? Title, string? PublishedOn);
