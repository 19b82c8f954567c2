namespace GovFunctions.Core.Audit;

/// <summary>Recomputes a chain from its stored records and finds the first link that does not hold.</summary>
public static class AuditVerification
{
    /// <param name="records">The chain's stored records, in any order.</param>
    /// <param name="anchored">The chain's end as the day's anchor fixed it, if the day is anchored.</param>
    public static AuditBreak? FirstBreak(AuditChain chain, IEnumerable<AuditRecord> records, AuditLink? anchored)
    {
        var name = chain.ToString();
        var previous = new AuditLink(name, 0, chain.Genesis);
        foreach (var record in records.OrderBy(r => r.Sequence))
        {
            if (record.Chain != name)
            {
                return new AuditBreak(name, record.Sequence, $"Record {record.Sequence} names chain {record.Chain}: it was moved here.");
            }

            if (record.Sequence != previous.Sequence + 1)
            {
                return new AuditBreak(name, previous.Sequence + 1, $"Record {previous.Sequence + 1} is missing: the chain goes from {previous.Sequence} to {record.Sequence}.");
            }

            if (record.PreviousHash != previous.Hash)
            {
                return new AuditBreak(name, record.Sequence, $"Record {record.Sequence} does not link to record {previous.Sequence}: one of them was changed or replaced.");
            }

            if (record.ContentHash != record.Hash)
            {
                return new AuditBreak(name, record.Sequence, $"Record {record.Sequence} was changed after it was written: its content no longer gives its hash.");
            }

            previous = record.AsLink;
        }

        return anchored switch
        {
            null => null,
            _ when previous.Sequence < anchored.Sequence =>
                new AuditBreak(name, previous.Sequence + 1, $"Records {previous.Sequence + 1} to {anchored.Sequence} were removed: the day's anchor ends the chain at {anchored.Sequence}."),
            _ when previous.Sequence > anchored.Sequence =>
                new AuditBreak(name, anchored.Sequence + 1, $"Record {anchored.Sequence + 1} was added after the day's anchor ended the chain at {anchored.Sequence}."),
            _ when previous.Hash != anchored.Hash =>
                new AuditBreak(name, previous.Sequence, $"Record {previous.Sequence} is not the record the day's anchor fixed as the chain's last."),
            _ => null,
        };
    }
}

/// <summary>Where a chain stops holding: its name, the sequence number of the first record at fault, and what is wrong.</summary>
public sealed record AuditBreak(string Chain, long Sequence, string Problem);
