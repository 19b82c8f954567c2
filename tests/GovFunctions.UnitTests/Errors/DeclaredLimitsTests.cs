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
}
