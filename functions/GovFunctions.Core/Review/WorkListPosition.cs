using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Paging;

namespace GovFunctions.Core.Review;

/// <summary>
/// Where a page of a work list ends, in the list's order (deadline, then submission, then case number): the next page
/// starts after it. Keyed on the line rather than an offset, so a case that joins or leaves the list between two pages
/// moves no other line onto a second page or off all of them.
/// </summary>
public sealed record WorkListPosition(DateTimeOffset Deadline, DateTimeOffset SubmittedAt, string CaseNumber) : IComparable<WorkListPosition>
{
    public static WorkListPosition Of(WorkItem item) =>
        new(item.Deadline ?? DateTimeOffset.MaxValue, item.Case.SubmittedAt ?? DateTimeOffset.MaxValue, item.Case.CaseNumber);

    public int CompareTo(WorkListPosition? other) =>
        other is null ? 1
        : Deadline != other.Deadline ? Deadline.CompareTo(other.Deadline)
        : SubmittedAt != other.SubmittedAt ? SubmittedAt.CompareTo(other.SubmittedAt)
        : string.CompareOrdinal(CaseNumber, other.CaseNumber);

    /// <summary>The opaque continuation token of this position.</summary>
    public string ToToken() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Deadline.UtcTicks}|{SubmittedAt.UtcTicks}|{CaseNumber}")));

    /// <summary>The position a token names; a token this list did not return is a 400 naming it.</summary>
    public static WorkListPosition? FromToken(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            if (parts.Length == 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var deadline) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var submitted)
                && IsTicks(deadline) && IsTicks(submitted) && Cases.CaseNumber.TryParse(parts[2], out _))
            {
                return new WorkListPosition(new DateTimeOffset(deadline, TimeSpan.Zero), new DateTimeOffset(submitted, TimeSpan.Zero), parts[2]);
            }
        }
        catch (FormatException)
        {
            // Not base64url: refused below like any other token this list did not return.
        }

        throw PageRequest.InvalidToken();
    }

    private static bool IsTicks(long ticks) => ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks;
}
