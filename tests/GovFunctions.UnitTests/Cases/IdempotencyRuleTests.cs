using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;

namespace GovFunctions.UnitTests.Cases;

public class IdempotencyRuleTests
{
    private static readonly Dictionary<string, string> Used = new() { ["submit-1"] = "hash-a" };

    [Fact]
    public void A_new_key_proceeds() =>
        Assert.Equal(IdempotencyRule.Outcome.Proceed, IdempotencyRule.Evaluate(Used, "submit-2", "hash-a"));

    [Fact]
    public void The_same_key_with_the_same_request_replays() =>
        Assert.Equal(IdempotencyRule.Outcome.Replay, IdempotencyRule.Evaluate(Used, "submit-1", "hash-a"));

    [Fact]
    public void The_same_key_with_another_request_is_refused() =>
        Assert.Equal(IdempotencyRule.Outcome.KeyReused, IdempotencyRule.Evaluate(Used, "submit-1", "hash-b"));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("../etc/passwd")]
    [InlineData("a-key-that-is-far-too-long-to-be-a-reasonable-idempotency-key-00000000")]
    public void A_malformed_key_is_a_validation_error(string key) =>
        Assert.Equal(["Idempotency-Key"], Assert.Throws<ValidationFailedException>(() => IdempotencyRule.Evaluate(Used, key, "hash-a")).Errors.Keys);
}
