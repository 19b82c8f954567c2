using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Review;
using GovFunctions.UnitTests.Catalog;

namespace GovFunctions.UnitTests.Errors;

public sealed class DeclaredLimitsTests
{
    private static IReadOnlyDictionary<string, string[]> ErrorsOf(object body) =>
        Assert.Throws<ValidationFailedException>(() => DeclaredLimits.ThrowIfExceeded(body)).Errors;

    [Fact]
    public void Every_seed_guide_is_within_the_limits() =>
        Assert.All(SeedItems.All, item => DeclaredLimits.ThrowIfExceeded(item));

    [Fact]
    public void Limits_deep_in_a_guide_are_named_by_their_json_path()
    {
        var item = SeedItems.Lightning;
        var materials = item.Materials.ToList();
        materials[1] = materials[1] with { Name = new string('名', InputLimits.ShortText + 1), Copies = 0 };
        var legalBasis = item.LegalBasis.Append(new string('x', InputLimits.LongText + 1)).ToList();

        var errors = ErrorsOf(item with { Materials = materials, LegalBasis = legalBasis, Aliases = Enumerable.Repeat("别名", InputLimits.ListEntries + 1).ToList() });

        Assert.Equal(["aliases", $"legalBasis[{legalBasis.Count - 1}]", "materials[1].copies", "materials[1].name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("must have at most 50 entries.", Assert.Single(errors["aliases"]));
        Assert.Equal("must be from 1 to 100.", Assert.Single(errors["materials[1].copies"]));
    }

    [Fact]
    public void A_limit_exactly_reached_is_allowed_and_one_more_is_not()
    {
        DeclaredLimits.ThrowIfExceeded(new StepCompletionCommand("forward", new string('x', InputLimits.LongText)));

        var errors = ErrorsOf(new StepCompletionCommand("forward", new string('x', InputLimits.LongText + 1)));

        Assert.Equal("must be at most 2000 characters.", Assert.Single(errors["opinion"]));
    }

    [Fact]
    public void Entries_of_a_list_of_commands_are_checked_and_nulls_pass_to_the_rules_that_require_them()
    {
        var errors = ErrorsOf(new SupplementRequestCommand([null, new SupplementItemCommand("M01", new string('x', InputLimits.Reason + 1))]));

        Assert.Equal(["items[1].reason"], errors.Keys);
    }

    [Theory]
    [InlineData("张三\u0000")]
    [InlineData("\u202Egnp.exe")]
    [InlineData("王\u2066五\u2069")]
    [InlineData("\u0007铃")]
    [InlineData("\u009B")]
    public void Control_characters_and_bidirectional_overrides_are_refused_in_any_text(string hidden)
    {
        var errors = ErrorsOf(new GovFunctions.Core.Cases.ApplicationForm { ApplicantName = hidden, Matter = "正常" });
        Assert.Equal(["applicantName"], errors.Keys);
        Assert.Equal(["opinion"], ErrorsOf(new StepCompletionCommand("forward", "同意" + hidden)).Keys);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_free_text_are_kept() =>
        DeclaredLimits.ThrowIfExceeded(new StepCompletionCommand("forward", "一、材料齐全；\r\n二、\t同意。"));
}
