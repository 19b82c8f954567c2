using System.Text.RegularExpressions;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Regions;

namespace GovFunctions.Core.Catalog;

/// <summary>
/// The rules a guide must satisfy before it can be stored. Field names in errors are the JSON paths a
/// portal or console sends (camelCase, with indexes).
/// </summary>
public sealed partial class ServiceItemValidator(RegionDirectory regions)
{
    private const int ShortText = 200;
    private const int LongText = 2000;
    private const int MaxLimitWorkingDays = 365;
    /// <summary>The largest file any material slot may take.</summary>
    public const int MaxMaterialSizeMb = 200;

    /// <summary>The largest body an upload of a material can be: what both hosts' request limits are set to.</summary>
    public const long MaxMaterialSizeBytes = MaxMaterialSizeMb * 1024L * 1024L;

    public void Validate(ServiceItem item)
    {
        var errors = new ValidationErrors();
        ValidateIdentity(item, errors);
        ValidateApplicability(item, errors);
        ValidateMaterials(item, errors);
        ValidateFee(item, errors);
        ValidateLimits(item, errors);
        ValidateReviewSteps(item, errors);
        ValidateDelivery(item, errors);
        errors.ThrowIfAny();
    }

    private void ValidateIdentity(ServiceItem item, ValidationErrors errors)
    {
        if (errors.RequireText("code", item.Code, 40) && !CodePattern().IsMatch(item.Code))
        {
            errors.Add("code", "must be the implementation code {basicCode}-{regionCode}000000, e.g. XK01001001-330300000000.");
        }

        if (errors.RequireText("basicCode", item.BasicCode, 20) && !BasicCodePattern().IsMatch(item.BasicCode))
        {
            errors.Add("basicCode", "must be two type letters (XK, QR, GG, QT) and eight digits.");
        }

        errors.RequireText("name", item.Name, ShortText);
        CheckEach(errors, "aliases", item.Aliases, ShortText);
        errors.CheckLength("parentItemName", item.ParentItemName, ShortText);
        errors.RequireOneOf("type", item.Type, CatalogVocabulary.ItemTypes);
        errors.RequireOneOf("processType", item.ProcessType, CatalogVocabulary.ProcessTypes);
        errors.RequireText("department", item.Department, ShortText);

        var regionKnown = false;
        if (errors.RequireText("regionCode", item.RegionCode, 6))
        {
            var region = regions.Find(item.RegionCode);
            regionKnown = region is not null;
            if (region is null)
            {
                errors.Add("regionCode", $"'{item.RegionCode}' is not a known region code.");
            }
            else if (item.Level is not null && region.Level != item.Level)
            {
                errors.Add("level", $"must be '{region.Level}', the level of region {item.RegionCode}.");
            }
        }

        errors.RequireOneOf("level", item.Level, CatalogVocabulary.Levels);
        if (errors.RequireText("departmentCode", item.DepartmentCode, 40) && regionKnown
            && !item.DepartmentCode.StartsWith(item.RegionCode + "-", StringComparison.Ordinal))
        {
            errors.Add("departmentCode", $"must start with the region code: {item.RegionCode}-….");
        }

        if (regionKnown && item.Code is not null && item.BasicCode is not null
            && item.Code != $"{item.BasicCode}-{item.RegionCode}000000")
        {
            errors.Add("code", $"must be {item.BasicCode}-{item.RegionCode}000000 for this basic code and region.");
        }

        errors.CheckLength("limitNote", item.LimitNote, LongText);
        errors.CheckLength("resultName", item.ResultName, ShortText);
        CheckEach(errors, "notes", item.Notes, LongText);
        if (item.EffectiveFrom is null)
        {
            errors.Add("effectiveFrom", "is required.");
        }

        RequirePhone(errors, "consultationPhone", item.ConsultationPhone);
        RequirePhone(errors, "supervisionPhone", item.SupervisionPhone);
    }

    private static void ValidateApplicability(ServiceItem item, ValidationErrors errors)
    {
        RequireSubset(errors, "applicantTypes", item.ApplicantTypes, CatalogVocabulary.ApplicantTypes);
        if (item.LegalBasis is null || item.LegalBasis.Count == 0)
        {
            errors.Add("legalBasis", "must name at least one law or regulation.");
        }
        else
        {
            CheckEach(errors, "legalBasis", item.LegalBasis, LongText, required: true);
        }

        CheckEach(errors, "conditions", item.Conditions, LongText, required: true);
        for (var i = 0; i < (item.SpecialProcedures?.Count ?? 0); i++)
        {
            var procedure = item.SpecialProcedures![i];
            errors.RequireText($"specialProcedures[{i}].name", procedure?.Name, ShortText);
            errors.CheckLength($"specialProcedures[{i}].note", procedure?.Note, LongText);
        }
    }

    private static void ValidateMaterials(ServiceItem item, ValidationErrors errors)
    {
        if (item.Materials is null)
        {
            errors.Add("materials", "is required (an empty list when nothing is needed).");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < item.Materials.Count; i++)
        {
            var field = $"materials[{i}]";
            var material = item.Materials[i];
            if (material is null)
            {
                errors.Add(field, "must be an object.");
                continue;
            }

            if (errors.RequireText($"{field}.id", material.Id, 20) && !seen.Add(material.Id))
            {
                errors.Add($"{field}.id", $"'{material.Id}' is used by another material of this item.");
            }

            errors.RequireText($"{field}.name", material.Name, ShortText);
            errors.RequireOneOf($"{field}.form", material.Form, CatalogVocabulary.MaterialForms);
            RequireSubset(errors, $"{field}.acceptedFileTypes", material.AcceptedFileTypes, CatalogVocabulary.FileTypes);
            if (material.Copies < 1)
            {
                errors.Add($"{field}.copies", "must be at least 1.");
            }

            if (material.MaxSizeMb is < 1 or > MaxMaterialSizeMb)
            {
                errors.Add($"{field}.maxSizeMb", $"must be between 1 and {MaxMaterialSizeMb}.");
            }

            errors.CheckLength($"{field}.note", material.Note, LongText);
        }
    }

    private static void ValidateFee(ServiceItem item, ValidationErrors errors)
    {
        if (item.Fee is null)
        {
            errors.Add("fee", "is required.");
            return;
        }

        errors.RequireText("fee.basis", item.Fee.Basis, LongText);
        if (item.Fee.Charged && (item.Fee.Standards is null || item.Fee.Standards.Count == 0))
        {
            errors.Add("fee.standards", "must list the tariff when the item is charged.");
        }
    }

    private static void ValidateLimits(ServiceItem item, ValidationErrors errors)
    {
        var statutory = RequireLimit(errors, "statutoryLimitWorkingDays", item.StatutoryLimitWorkingDays);
        var promised = RequireLimit(errors, "promisedLimitWorkingDays", item.PromisedLimitWorkingDays);
        RequireLimit(errors, "acceptanceLimitWorkingDays", item.AcceptanceLimitWorkingDays);
        if (item.ExtensionWorkingDays is < 0 or > MaxLimitWorkingDays)
        {
            errors.Add("extensionWorkingDays", $"must be between 0 and {MaxLimitWorkingDays}.");
        }

        CheckOptionalLimit(errors, "supplementPeriodDays", item.SupplementPeriodDays, minimum: 1);
        CheckOptionalLimit(errors, "deliveryLimitWorkingDays", item.DeliveryLimitWorkingDays, minimum: 0);
        CheckOptionalLimit(errors, "lowerLevelReviewWorkingDays", item.LowerLevelReviewWorkingDays, minimum: 1);

        if (statutory is not null && promised > statutory)
        {
            errors.Add("promisedLimitWorkingDays", $"must not exceed the statutory limit ({statutory} working days).");
        }

        if (item.ProcessType == "即办件" && (statutory > 0 || promised > 0))
        {
            errors.Add("processType", "an immediate item (即办件) has statutory and promised limits of 0.");
        }
    }

    private void ValidateReviewSteps(ServiceItem item, ValidationErrors errors)
    {
        if (item.ReviewSteps is null || item.ReviewSteps.Count == 0)
        {
            errors.Add("reviewSteps", "must list at least the acceptance step (受理).");
            return;
        }

        if (item.ReviewSteps.Count < 2)
        {
            errors.Add("reviewSteps", "must list at least one step after acceptance (受理): the step that decides.");
        }

        for (var i = 0; i < item.ReviewSteps.Count; i++)
        {
            var field = $"reviewSteps[{i}]";
            var step = item.ReviewSteps[i];
            if (step is null)
            {
                errors.Add(field, "must be an object.");
                continue;
            }

            errors.RequireOneOf($"{field}.step", step.Step, CatalogVocabulary.Steps);
            errors.RequireText($"{field}.role", step.Role, ShortText);
            errors.RequireOneOf($"{field}.level", step.Level, CatalogVocabulary.Levels);
            errors.RequireText($"{field}.department", step.Department, ShortText);
            errors.RequireText($"{field}.departmentCode", step.DepartmentCode, 40);
            if (step.LimitWorkingDays is < 0 or > MaxLimitWorkingDays)
            {
                errors.Add($"{field}.limitWorkingDays", $"must be between 0 and {MaxLimitWorkingDays}.");
            }

            if (errors.RequireText($"{field}.regionCode", step.RegionCode, 6) && !regions.Contains(step.RegionCode))
            {
                errors.Add($"{field}.regionCode", $"'{step.RegionCode}' is not a known region code.");
            }
        }

        if (item.ReviewSteps[0] is { } first && first.Step != CatalogVocabulary.AcceptanceStep)
        {
            errors.Add("reviewSteps[0].step", $"the first step must be acceptance ({CatalogVocabulary.AcceptanceStep}).");
        }

        if (item.ReviewSteps[^1] is { } last && item.DepartmentCode is not null && last.DepartmentCode != item.DepartmentCode)
        {
            errors.Add($"reviewSteps[{item.ReviewSteps.Count - 1}].departmentCode", "the last step belongs to the item's own department.");
        }

        var total = item.ReviewSteps.Where(s => s is not null).Sum(s => s.LimitWorkingDays);
        if (item.PromisedLimitWorkingDays is { } promised && total > promised)
        {
            errors.Add("reviewSteps", $"the step limits add up to {total} working days, more than the promised limit ({promised}).");
        }
    }

    private static void CheckOptionalLimit(ValidationErrors errors, string field, int? value, int minimum)
    {
        if (value is { } days && (days < minimum || days > MaxLimitWorkingDays))
        {
            errors.Add(field, $"must be between {minimum} and {MaxLimitWorkingDays} when given.");
        }
    }

    private static void ValidateDelivery(ServiceItem item, ValidationErrors errors)
    {
        errors.RequireOneOf("onlineLevel", item.OnlineLevel, CatalogVocabulary.OnlineLevels);
        if (item.Procedure is not null && item.Procedure != Disclosure.DisclosureDecisions.Procedure)
        {
            errors.Add("procedure", $"must be absent (administrative licensing) or '{Disclosure.DisclosureDecisions.Procedure}'.");
        }
        RequireSubset(errors, "deliveryMethods", item.DeliveryMethods, CatalogVocabulary.DeliveryMethods);
        errors.RequireOneOf("resultType", item.ResultType, CatalogVocabulary.ResultTypes);
        ValidateCertificate(item, errors);
    }

    private static void ValidateCertificate(ServiceItem item, ValidationErrors errors)
    {
        var issued = CatalogVocabulary.CertificateResultTypes.Contains(item.ResultType ?? "")
            && item.DeliveryMethods?.Contains(CatalogVocabulary.ElectronicCertificate) == true;
        if (item.Certificate is not { } terms)
        {
            if (issued)
            {
                errors.Add("certificate", $"is required: a {item.ResultType} delivered as {CatalogVocabulary.ElectronicCertificate} is issued as an electronic certificate.");
            }

            return;
        }

        if (!issued)
        {
            errors.Add("certificate", $"is only for results of type {string.Join(" or ", CatalogVocabulary.CertificateResultTypes)} delivered as {CatalogVocabulary.ElectronicCertificate}.");
        }

        if (errors.RequireText("certificate.typeCode", terms.TypeCode, InputLimits.CertificateTypeCode) && !CertificateTypeCodePattern().IsMatch(terms.TypeCode))
        {
            errors.Add("certificate.typeCode", "must be 4 to 32 digits and capital letters, the type's code in the certificate catalogue.");
        }

        if (!ChineseIdentifiers.IsValidCreditCode(terms.IssuerCreditCode))
        {
            errors.Add("certificate.issuerCreditCode", "must be the issuing authority's 18-character unified social credit code, with a valid check character.");
        }

        if (terms.ValidityMonths is < 1 or > InputLimits.MaxValidityMonths)
        {
            errors.Add("certificate.validityMonths", $"must be between 1 and {InputLimits.MaxValidityMonths}, or absent for 长期有效.");
        }
    }

    private static int? RequireLimit(ValidationErrors errors, string field, int? value)
    {
        if (value is null)
        {
            errors.Add(field, "is required.");
        }
        else if (value is < 0 or > MaxLimitWorkingDays)
        {
            errors.Add(field, $"must be between 0 and {MaxLimitWorkingDays}.");
            return null;
        }

        return value;
    }

    private static void RequireSubset(ValidationErrors errors, string field, IReadOnlyList<string>? values, IReadOnlySet<string> allowed)
    {
        if (values is null || values.Count == 0)
        {
            errors.Add(field, "must list at least one value.");
            return;
        }

        foreach (var value in values.Where(v => v is null || !allowed.Contains(v)).Distinct())
        {
            errors.Add(field, $"'{value}' is not one of: {string.Join(", ", allowed)}.");
        }

        if (values.Distinct().Count() != values.Count)
        {
            errors.Add(field, "must not repeat a value.");
        }
    }

    private static void CheckEach(ValidationErrors errors, string field, IReadOnlyList<string>? values, int maxLength, bool required = false)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (required)
            {
                errors.RequireText($"{field}[{i}]", values![i], maxLength);
            }
            else
            {
                errors.CheckLength($"{field}[{i}]", values![i], maxLength);
            }
        }
    }

    private static void RequirePhone(ValidationErrors errors, string field, string? phone)
    {
        if (errors.RequireText(field, phone, 20) && !PhonePattern().IsMatch(phone!))
        {
            errors.Add(field, "must be a phone number with area code, e.g. 0577-55551001.");
        }
    }

    [GeneratedRegex("^[0-9A-Z]{4,32}$")]
    private static partial Regex CertificateTypeCodePattern();

    [GeneratedRegex(@"^(XK|QR|GG|QT)[0-9]{8}-[0-9]{12}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(XK|QR|GG|QT)[0-9]{8}$")]
    private static partial Regex BasicCodePattern();

    [GeneratedRegex(@"^[0-9]{3,4}-[0-9]{7,8}$")]
    private static partial Regex PhonePattern();
}
