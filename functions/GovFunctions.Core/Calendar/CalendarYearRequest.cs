using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Calendar;

/// <summary>
/// What an administrator publishes for a year: the notice's days off and weekend working days, and the notice itself.
/// Without <see cref="RegionCode"/> it is the State Council's national notice; with one, a region's own holidays.
/// Dates are <c>yyyy-MM-dd</c>, kept as text here so that each bad one is named.
/// </summary>
public sealed record CalendarYearRequest(
    [property: MaxLength(InputLimits.RegionCode)] string? RegionCode,
    [property: MaxLength(CalendarYearValidator.MaxHolidays), EachMaxLength(InputLimits.IsoDate)] IReadOnlyList<string?>? Holidays,
    [property: MaxLength(CalendarYearValidator.MaxAdjustedWorkdays), EachMaxLength(InputLimits.IsoDate)] IReadOnlyList<string?>? AdjustedWorkdays,
    NoticeRequest? Notice);

public sealed record NoticeRequest(
    [property: MaxLength(CalendarYearValidator.MaxDocumentNumberLength)] string? DocumentNumber,
    [property: MaxLength(CalendarYearValidator.MaxTitleLength)] string? Title,
    [property: MaxLength(InputLimits.IsoDate)] string? PublishedOn);
