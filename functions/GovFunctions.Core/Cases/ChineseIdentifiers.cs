using System.Globalization;

namespace GovFunctions.Core.Cases;

/// <summary>Check-digit validation of the identifiers applicants give: a typo is caught before a clerk sees it.</summary>
public static class ChineseIdentifiers
{
    private static readonly int[] IdCardWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCardCheckChars = "10X98765432";

    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Resident identity card number (公民身份号码, GB 11643): 17 digits with a real birth date, then the ISO 7064 check character.</summary>
    public static bool IsValidIdCardNumber(string? value)
    {
        if (value is not { Length: 18 } || !value[..17].All(char.IsAsciiDigit)
            || !DateOnly.TryParseExact(value.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * IdCardWeights[i];
        }

        return char.ToUpperInvariant(value[17]) == IdCardCheckChars[sum % 11];
    }

    /// <summary>Unified social credit code (统一社会信用代码, GB 32100): 17 characters and a mod-31 check character.</summary>
    public static bool IsValidCreditCode(string? value)
    {
        if (value is not { Length: 18 })
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = CreditCodeAlphabet.IndexOf(value[i]);
            if (index < 0)
            {
                return false;
            }

            sum += index * CreditCodeWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return value[17] == CreditCodeAlphabet[check];
    }
}
