using GovFunctions.Core.Milestones;
using Microsoft.Extensions.Time.Testing;

namespace GovFunctions.UnitTests.Milestones;

public class ProvinceBackoffTests
{
    [Fact]
    public void A_failing_province_waits_longer_each_time_up_to_five_minutes_and_others_are_untouched()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var backoff = new ProvinceBackoff(time);
        var waits = new List<TimeSpan>();

        for (var failure = 0; failure < 12; failure++)
        {
            var retryAt = backoff.Failed("350000");
            waits.Add(retryAt - time.GetUtcNow());
            Assert.Equal(retryAt, backoff.WaitingUntil("350000"));
            Assert.Null(backoff.WaitingUntil("330000"));
            time.SetUtcNow(retryAt);
            Assert.Null(backoff.WaitingUntil("350000"));
        }

        Assert.InRange(waits[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(waits[3], TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16));
        Assert.All(waits, w => Assert.True(w <= TimeSpan.FromMinutes(5)));
        Assert.InRange(waits[^1], TimeSpan.FromMinutes(2.5), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void A_success_ends_the_wait()
    {
        var time = new FakeTimeProvider();
        var backoff = new ProvinceBackoff(time);
        backoff.Failed("350000");
        backoff.Failed("350000");

        backoff.Succeeded("350000");

        Assert.Null(backoff.WaitingUntil("350000"));
        Assert.InRange(backoff.Failed("350000") - time.GetUtcNow(), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }
}
