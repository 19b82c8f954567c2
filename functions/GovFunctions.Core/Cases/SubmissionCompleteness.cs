using System.Text.RegularExpressions;
using GovFunctions.Core.Catalog;

namespace GovFunctions.Core.Cases;

/// <summary>
/// Whether a draft may be submitted: the form is complete and valid for the item, and every required
/// material slot holds a file. Answers everything that is missing at once, so the applicant fixes it in one go.
/// </summary>
public static partial class SubmissionCompleteness
{
    private const string NaturalPerson = "自然人";

    /// <summary>What is missing or wrong, by field (<c>form.applicantName</c>, <c>materials.M02</c>); empty when complete.</summary>
    public static IReadOnlyDictionary<string, string> Check(ServiceItem item, ApplicationForm? form, IReadOnlySet<string> filledSlots)
    {
        var missing = new SortedDictionary<string, string>(StringComparer.Ordinal);
        form ??= new ApplicationForm();

        if (string.IsNullOrWhiteSpace(form.ApplicantType))
        {
            missing["form.applicantType"] = "is required.";
        }
        else if (!item.ApplicantTypes.Contains(form.ApplicantType))
        {
            missing["form.applicantType"] = $"this item accepts applications from: {string.Join(", ", item.ApplicantTypes)}.";
        }

        Require(missing, "form.applicantName", form.ApplicantName);
        Require(missing, "form.contactName", form.ContactName);
        Require(missing, "form.matter", form.Matter);

        if (Require(missing, "form.identityNumber", form.IdentityNumber))
        {
            var valid = form.ApplicantType == NaturalPerson
                ? ChineseIdentifiers.IsValidIdCardNumber(form.IdentityNumber)
                : ChineseIdentifiers.IsValidCreditCode(form.IdentityNumber);
            if (!valid)
            {
                missing["form.identityNumber"] = form.ApplicantType == NaturalPerson
                    ? "is not a valid resident ID card number."
                    : "is not a valid unified social credit code.";
            }
        }

        if (Require(missing, "form.contactPhone", form.ContactPhone) && !PhonePattern().IsMatch(form.ContactPhone!))
        {
            missing["form.contactPhone"] = "must be an 11-digit mobile number or a landline with area code.";
        }

        foreach (var material in item.Materials.Where(m => m.Required && !filledSlots.Contains(m.Id)))
        {
            missing[$"materials.{material.Id}"] = $"{material.Name} is required.";
        }

        return missing;
    }

    private static bool Require(SortedDictionary<string, string> missing, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        missing[field] = "is required.";
        return false;
    }

    [GeneratedRegex("^(1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8})$")]
    private static partial Regex PhonePattern();
}
