using System.Security.Cryptography;
using System.Text;

namespace GovFunctions.Core.Cases;

/// <summary>
/// The short query code (查询码) an applicant uses with the case number to check status without signing in.
/// Six characters from an alphabet without look-alikes: about 887 million codes, so guessing one for a known
/// case number is hopeless under rate limiting.
/// </summary>
public readonly record struct QueryCode
{
    public const int Length = 6;

    private QueryCode(string value) => Value = value;

    public string Value { get; }

    public static QueryCode New() => new(CaseNumber.RandomCharacters(Length));

    public static QueryCode FromStored(string value) => new(value);

    /// <summary>Compares in constant time, so timing reveals nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Value), Encoding.ASCII.GetBytes(candidate.Trim().ToUpperInvariant()));

    public override string ToString() => Value;
}
