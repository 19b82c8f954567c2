using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Regions;

namespace GovFunctions.UnitTests.Catalog;

public class ServiceItemValidatorTests
{
    private readonly ServiceItemValidator _validator = new(RegionDirectory.Official);

    private IReadOnlyDictionary<string, string[]> ErrorsOf(ServiceItem item) =>
        Assert.Throws<ValidationFailedException>(() => _validator.Validate(item)).Errors;

    [Fact]
    public void Every_seed_item_is_valid()
    {
        Assert.Equal(18, SeedItems.All.Count);
        foreach (var item in SeedItems.All)
        {
            _validator.Validate(item);
        }
    }

    [Fact]
    public void A_licence_or_proof_delivered_as_an_electronic_certificate_states_how_it_is_issued()
    {
        var permit = SeedItems.All.Single(i => i.Code == "XK02003001-350700000000");
        Assert.Contains("certificate", ErrorsOf(permit with { Certificate = null }).Keys);
        Assert.Contains("certificate", ErrorsOf(SeedItems.Lightning with { Certificate = permit.Certificate }).Keys);

        var errors = ErrorsOf(permit with { Certificate = new CertificateTerms { TypeCode = "pw", IssuerCreditCode = "113507000041576379", ValidityMonths = 0 } });
        Assert.Equal(["certificate.issuerCreditCode", "certificate.typeCode", "certificate.validityMonths"], errors.Keys.Order());

        _validator.Validate(permit with { Certificate = permit.Certificate! with { ValidityMonths = null } });
        _validator.Validate(permit with { DeliveryMethods = ["窗口领取"], Certificate = null });
    }

    [Fact]
    public void Step_limits_may_not_add_up_to_more_than_the_promised_limit()
    {
        var item = SeedItems.Lightning; // promised 5, steps 1+2+1+1
        var steps = item.ReviewSteps.Select((s, i) => i == 1 ? s with { LimitWorkingDays = 3 } : s).ToList();

        var errors = ErrorsOf(item with { ReviewSteps = steps });

        Assert.Contains("6 working days", Assert.Single(errors["reviewSteps"]));
    }

    [Fact]
    public void The_promised_limit_may_not_exceed_the_statutory_limit()
    {
        var errors = ErrorsOf(SeedItems.Lightning with { PromisedLimitWorkingDays = 11 });

        Assert.Contains("promisedLimitWorkingDays", errors.Keys);
    }

    [Fact]
    public void Material_ids_are_unique_within_an_item()
    {
        var item = SeedItems.Lightning;
        var materials = item.Materials.Select(m => m.Id == "M02" ? m with { Id = "M01" } : m).ToList();

        var errors = ErrorsOf(item with { Materials = materials });

        Assert.Equal(["materials[1].id"], errors.Keys);
    }

    [Fact]
    public void Missing_fields_are_all_named_at_once()
    {
        var errors = ErrorsOf(new ServiceItem());

        foreach (var field in new[] { "code", "basicCode", "name", "type", "processType", "department", "departmentCode", "regionCode", "level",
                     "applicantTypes", "legalBasis", "materials", "fee", "statutoryLimitWorkingDays", "promisedLimitWorkingDays",
                     "acceptanceLimitWorkingDays", "reviewSteps", "onlineLevel", "deliveryMethods", "resultType",
                     "consultationPhone", "supervisionPhone", "effectiveFrom" })
        {
            Assert.Contains(field, errors.Keys);
        }
    }

    [Fact]
    public void Unknown_codes_and_vocabulary_are_refused_with_the_field_named()
    {
        var errors = ErrorsOf(SeedItems.Lightning with
        {
            RegionCode = "999999",
            Type = "行政审批",
            OnlineLevel = "随便办",
            DeliveryMethods = ["快递"],
        });

        Assert.Contains("regionCode", errors.Keys);
        Assert.Contains("type", errors.Keys);
        Assert.Contains("onlineLevel", errors.Keys);
        Assert.Contains("deliveryMethods", errors.Keys);
    }

    [Fact]
    public void The_code_must_combine_the_basic_code_and_the_region()
    {
        var errors = ErrorsOf(SeedItems.Lightning with { Code = "XK01001001-350700000000" });

        Assert.Contains("code", errors.Keys);
    }

    [Fact]
    public void The_first_step_is_acceptance_and_the_last_belongs_to_the_item_department()
    {
        var item = SeedItems.Lightning;
        var steps = item.ReviewSteps.Reverse().Select((s, i) => i == item.ReviewSteps.Count - 1 ? s with { DepartmentCode = "330381-QXJ" } : s).ToList();

        var errors = ErrorsOf(item with { ReviewSteps = steps });

        Assert.Contains("reviewSteps[0].step", errors.Keys);
        Assert.Contains("reviewSteps[3].departmentCode", errors.Keys);
    }

    [Fact]
    public void An_overlong_name_is_refused()
    {
        var errors = ErrorsOf(SeedItems.Lightning with { Name = new string('x', 1_000_000) });

        Assert.Equal(["name"], errors.Keys);
    }

    [Fact]
    public void Review_step_wording_maps_onto_platform_roles()
    {
        var roles = SeedItems.Lightning.ReviewSteps.Select(s => s.PlatformRole).ToList();

        Assert.Equal([Core.Identity.PlatformRole.Clerk, Core.Identity.PlatformRole.Reviewer, Core.Identity.PlatformRole.Approver, Core.Identity.PlatformRole.Approver], roles);
    }
}
