using GovFunctions.Core.Cases;

namespace GovFunctions.UnitTests.Cases;

public class QueryCodeTests
{
    [Fact]
    public void A_code_is_six_unambiguous_characters()
    {
        var code = QueryCode.New();

        Assert.Equal(6, code.Value.Length);
        Assert.All(code.Value, c => Assert.Contains(c, CaseNumber.Alphabet));
    }

    [Fact]
    public void Matching_ignores_case_and_surrounding_space_but_nothing_else()
    {
        var code = QueryCode.FromStored("7K3F9Q");

        Assert.True(code.Matches("7k3f9q "));
        Assert.False(code.Matches("7K3F9"));
        Assert.False(code.Matches("7K3F9R"));
        Assert.False(code.Matches(null));
    }
}
