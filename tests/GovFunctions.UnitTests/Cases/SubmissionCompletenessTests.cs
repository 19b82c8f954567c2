using GovFunctions.Core.Cases;
using GovFunctions.UnitTests.Catalog;

namespace GovFunctions.UnitTests.Cases;

public class SubmissionCompletenessTests
{
    // 雷电防护装置设计审核: M01–M03 required, M04 optional; companies and institutions only.
    private static readonly Core.Catalog.ServiceItem Item = SeedItems.Lightning;

    private static readonly ApplicationForm CompleteForm = new()
    {
        ApplicantType = "企业法人",
        ApplicantName = "温州某化工有限公司",
        IdentityNumber = "91350100M000100Y43",
        ContactName = "王五",
        ContactPhone = "13800138000",
        Address = "温州市鹿城区",
        Matter = "油库雷电防护装置设计审核",
    };

    private static readonly HashSet<string> RequiredSlots = ["M01", "M02", "M03"];

    [Fact]
    public void A_complete_form_with_every_required_material_may_be_submitted() =>
        Assert.Empty(SubmissionCompleteness.Check(Item, CompleteForm, RequiredSlots));

    [Fact]
    public void Every_missing_required_material_is_listed_and_optional_ones_are_not()
    {
        var missing = SubmissionCompleteness.Check(Item, CompleteForm, new HashSet<string> { "M01" });

        Assert.Equal(["materials.M02", "materials.M03"], missing.Keys);
    }

    [Fact]
    public void An_empty_draft_lists_everything_at_once()
    {
        var missing = SubmissionCompleteness.Check(Item, null, new HashSet<string>());

        Assert.Equal(
            ["form.applicantName", "form.applicantType", "form.contactName", "form.contactPhone", "form.identityNumber", "form.matter", "materials.M01", "materials.M02", "materials.M03"],
            missing.Keys);
    }

    [Fact]
    public void The_applicant_type_must_be_one_the_item_accepts()
    {
        var missing = SubmissionCompleteness.Check(Item, CompleteForm with { ApplicantType = "自然人", IdentityNumber = "330302199003071231" }, RequiredSlots);

        Assert.Equal(["form.applicantType"], missing.Keys);
    }

    [Theory]
    [InlineData("企业法人", "330302199003071231")] // an ID card number where a credit code belongs
    [InlineData("企业法人", "91350100M000100Y44")] // a typo in the credit code
    public void The_identity_number_must_be_valid_for_the_applicant_type(string applicantType, string identityNumber)
    {
        var missing = SubmissionCompleteness.Check(Item, CompleteForm with { ApplicantType = applicantType, IdentityNumber = identityNumber }, RequiredSlots);

        Assert.Equal(["form.identityNumber"], missing.Keys);
    }

    [Theory]
    [InlineData("0577-55551001", true)]
    [InlineData("12345", false)]
    [InlineData("23800138000", false)]
    public void The_contact_phone_must_be_a_mobile_or_a_landline_with_area_code(string phone, bool valid) =>
        Assert.Equal(valid, !SubmissionCompleteness.Check(Item, CompleteForm with { ContactPhone = phone }, RequiredSlots).ContainsKey("form.contactPhone"));
}
