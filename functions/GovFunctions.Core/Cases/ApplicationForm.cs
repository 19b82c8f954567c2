using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
namespace GovFunctions.Core.Cases;

/// <summary>The application form (申请表) common to every item: who applies and how to reach them.</summary>
public sealed record ApplicationForm
{
    /// <summary>One of the item's applicant types (自然人, 企业法人, …).</summary>
    [MaxLength(InputLimits.Word)]
    public string? ApplicantType { get; init; }

    /// <summary>The person's or organisation's name.</summary>
    [MaxLength(InputLimits.Reason)]
    public string? ApplicantName { get; init; }

    /// <summary>ID card number for a natural person; unified social credit code for an organisation.</summary>
    [MaxLength(InputLimits.IdentityNumber)]
    public string? IdentityNumber { get; init; }

    [MaxLength(InputLimits.PersonName)]
    public string? ContactName { get; init; }

    /// <summary>Mobile number (11 digits) or landline with area code.</summary>
    [MaxLength(InputLimits.Phone)]
    public string? ContactPhone { get; init; }

    [MaxLength(InputLimits.Reason)]
    public string? Address { get; init; }

    /// <summary>What is applied for, in the applicant's words.</summary>
    [MaxLength(InputLimits.Reason)]
    public string? Matter { get; init; }
}
