namespace GovFunctions.Core.Errors;

/// <summary>
/// The sizes a request may have, in one place: the request types carry them as attributes ([MaxLength], [Range],
/// [EachMaxLength]), <see cref="DeclaredLimits"/> enforces those on every body read, and the OpenAPI document shows them.
/// </summary>
public static class InputLimits
{
    public const int Code = 40;
    public const int BasicCode = 20;
    public const int RegionCode = 6;
    public const int Word = 20;
    public const int Version = 10;
    public const int Phone = 20;
    public const int IdentityNumber = 18;
    public const int PersonName = 100;
    public const int MaterialId = 20;
    public const int FileName = 200;
    public const int ShortText = 200;
    public const int Reason = 500;
    public const int LongText = 2000;
    public const int IsoDate = 10;
    public const int TrackingNumber = 40;

    /// <summary>Entries of a guide's lists (aliases, conditions, legal basis, notes…) and of a decision's legal basis.</summary>
    public const int ListEntries = 50;
    public const int Materials = 100;
    public const int ReviewSteps = 20;
    public const int FeeStandards = 20;
    public const int MaxLimitWorkingDays = 365;
    public const int CertificateTypeCode = 32;

    /// <summary>The longest fixed validity a certificate type may have (100 years); longer is 长期有效, no end date.</summary>
    public const int MaxValidityMonths = 1200;

    /// <summary>A certificate identifier as typed or scanned (the national form is at most about 100 characters).</summary>
    public const int CertificateIdentifier = 120;
}
