using GovFunctions.Core.Cases;

namespace GovFunctions.UnitTests.Cases;

public class ChineseIdentifiersTests
{
    [Theory]
    [InlineData("330302199003071231", true)]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("330302199003071232", false)] // wrong check digit
    [InlineData("330302199002301231", false)] // 30 February
    [InlineData("33030219900307123", false)]
    [InlineData("3303021990030712311", false)]
    [InlineData("", false)]
    public void Resident_ID_numbers_carry_a_valid_check_character(string value, bool valid) =>
        Assert.Equal(valid, ChineseIdentifiers.IsValidIdCardNumber(value));

    [Theory]
    [InlineData("91350100M000100Y43", true)]  // the example commonly given for GB 32100
    [InlineData("91350702MA8RXY1W3P", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100Z43", false)] // Z is not in the code's alphabet
    [InlineData("91350100M000100Y4", false)]
    public void Unified_social_credit_codes_carry_a_valid_check_character(string value, bool valid) =>
        Assert.Equal(valid, ChineseIdentifiers.IsValidCreditCode(value));
}
