using GovFunctions.Core.Audit;

namespace GovFunctions.UnitTests.Audit;

public sealed class AuditVerificationTests
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 9, 4, 0, 0, TimeSpan.Zero);
    private static readonly AuditChain Chain = new(AuditChain.SubjectPartition("clerk-1"), new DateOnly(2027, 3, 9), "a1b2c3d4e5f6");

    private static AuditEntry Entry(int minute, int status = 200) => new(
        Noon.AddMinutes(minute), "clerk-1", ["clerk"], "330300-QXJ", "AcceptCase", "/api/cases/x/acceptance", null, status, "10.0.0.7", $"request-{minute}");

    private static List<AuditRecord> Records(int count)
    {
        var records = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(AuditRecord.Link(Chain, records.LastOrDefault()?.AsLink, Entry(i)));
        }

        return records;
    }

    [Fact]
    public void A_chain_as_written_holds_in_any_order_it_is_read()
    {
        var records = Records(5);
        Assert.Null(AuditVerification.FirstBreak(Chain, Enumerable.Reverse(records), null));
        Assert.Null(AuditVerification.FirstBreak(Chain, records, records[^1].AsLink));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), records.Select(r => r.Sequence));
    }

    [Fact]
    public void A_changed_record_is_found_at_its_sequence()
    {
        var records = Records(5);
        records[2] = records[2] with { Entry = records[2].Entry with { Status = 403 } };

        var broken = AuditVerification.FirstBreak(Chain, records, null);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("changed", broken!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_rewritten_with_a_fresh_hash_breaks_the_next_link()
    {
        var records = Records(5);
        var forged = records[1] with { Entry = records[1].Entry with { Subject = "someone-else" } };
        records[1] = AuditRecord.Link(Chain, records[0].AsLink, forged.Entry);

        Assert.Equal(3, AuditVerification.FirstBreak(Chain, records, null)?.Sequence);
    }

    [Fact]
    public void A_removed_record_is_named_as_missing()
    {
        var records = Records(5);
        records.RemoveAt(3);

        var broken = AuditVerification.FirstBreak(Chain, records, null);

        Assert.Equal(4, broken?.Sequence);
        Assert.Contains("missing", broken!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_cut_from_the_end_or_added_after_the_anchor_show_against_it()
    {
        var records = Records(5);
        var anchored = records[^1].AsLink;

        Assert.Equal(5, AuditVerification.FirstBreak(Chain, records.Take(4), anchored)?.Sequence);
        records.Add(AuditRecord.Link(Chain, anchored, Entry(9)));
        Assert.Equal(6, AuditVerification.FirstBreak(Chain, records, anchored)?.Sequence);
        Assert.Null(AuditVerification.FirstBreak(Chain, records, null));
    }

    [Fact]
    public void A_record_moved_from_another_writers_chain_does_not_fit()
    {
        var other = Chain with { Writer = "0f0f0f0f0f0f" };
        var foreign = AuditRecord.Link(other, null, Entry(0));

        Assert.Equal(1, AuditVerification.FirstBreak(Chain, [foreign], null)?.Sequence);
        Assert.NotEqual(Chain.Genesis, other.Genesis);
    }

    [Fact]
    public void Chains_are_per_Beijing_day_and_their_names_read_back_even_with_an_at_sign_in_the_subject()
    {
        // 16:30 UTC is already the next day in Beijing.
        var late = AuditChain.Of(Entry(0) with { At = new DateTimeOffset(2027, 3, 9, 16, 30, 0, TimeSpan.Zero), Subject = "li.si@example.gov.cn" }, "a1b2c3d4e5f6");

        Assert.Equal(new DateOnly(2027, 3, 10), late.Day);
        Assert.Equal(late, AuditChain.Parse(late.ToString()));
        Assert.Equal("subject:li.si@example.gov.cn", late.Partition);
        Assert.StartsWith(AuditEntry.Anonymous + ":", AuditChain.Of(Entry(0) with { Subject = AuditEntry.Anonymous }, "a1b2c3d4e5f6").Partition, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_changed_after_it_was_written_no_longer_gives_its_hash()
    {
        var records = Records(2);
        var anchor = AuditAnchor.Of(Chain.Day, Noon.AddDays(1), [records[^1].AsLink]);

        Assert.Equal(anchor.Hash, anchor.ContentHash);
        Assert.NotEqual(anchor.Hash, (anchor with { Heads = [records[0].AsLink] }).ContentHash);
        Assert.Equal(records[^1].AsLink, anchor.HeadOf(Chain));
    }

    [Theory]
    [InlineData(200, AuditOutcome.Allowed)]
    [InlineData(304, AuditOutcome.Allowed)]
    [InlineData(409, AuditOutcome.Refused)]
    [InlineData(503, AuditOutcome.Failed)]
    public void The_outcome_follows_the_status(int status, AuditOutcome outcome) => Assert.Equal(outcome, Entry(0, status).Outcome);
}
