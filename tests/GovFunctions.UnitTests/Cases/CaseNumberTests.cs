using GovFunctions.Core.Cases;

namespace GovFunctions.UnitTests.Cases;

public class CaseNumberTests
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 23, 5, 30, 12, TimeSpan.Zero);

    [Fact]
    public void Encodes_Beijing_time_region_and_item()
    {
        var number = CaseNumber.New(SubmittedAt, "330300", "XK01001001");

        Assert.StartsWith("20261123133012-330300-XK01001001-", number.Value);
        Assert.Equal(("330300", "XK01001001"), (number.RegionCode, number.BasicCode));
        Assert.Equal(number, CaseNumber.Parse(number.Value));
    }

    [Fact]
    public void Numbers_sort_by_submission_time_as_text()
    {
        var earlier = CaseNumber.New(SubmittedAt, "350702", "XK03003000");
        var later = CaseNumber.New(SubmittedAt.AddSeconds(1), "110000", "GG04001000");

        Assert.True(string.CompareOrdinal(earlier.Value, later.Value) < 0);
    }

    [Fact]
    public void Numbers_drawn_in_the_same_second_differ()
    {
        var numbers = Enumerable.Range(0, 1000).Select(_ => CaseNumber.New(SubmittedAt, "330300", "XK01001001").Value).ToHashSet();

        Assert.True(numbers.Count >= 995);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20261123133012-330300-XK01001001")]
    [InlineData("20261123133012-330300-XK01001001-7K3O")] // O is not in the alphabet
    [InlineData("20261323133012-330300-XK01001001-7K3F")] // month 13
    [InlineData("20261123133012-330300-ZZ01001001-7K3F")]
    [InlineData("../../20261123133012-330300-XK01001001-7K3F")]
    public void Anything_else_is_not_a_case_number(string text) =>
        Assert.False(CaseNumber.TryParse(text, out _));
}
