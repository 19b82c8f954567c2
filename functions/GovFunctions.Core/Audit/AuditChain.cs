using System.Security.Cryptography;
using System.Text;
using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Audit;

/// <summary>
/// One hash chain of the audit trail: the records of one partition on one Beijing day. A signed-in subject's
/// records are one partition (what one account did is one read, and one account's requests rarely race);
/// anonymous requests spread over a few partitions by request id, so they do not all contend for one chain.
/// </summary>
public readonly record struct AuditChain(string Partition, DateOnly Day)
{
    public const int AnonymousPartitions = 8;

    public static AuditChain Of(AuditEntry entry) => new(PartitionOf(entry), ChinaTime.DateOf(entry.At));

    public static string SubjectPartition(string subject) => "subject:" + subject;

    /// <summary>The chain a name (<c>partition@yyyy-MM-dd</c>) stands for; the partition may itself hold '@' (an e-mail subject).</summary>
    public static AuditChain Parse(string name)
    {
        var at = name.LastIndexOf('@');
        return new AuditChain(name[..at], DateOnly.ParseExact(name[(at + 1)..], "yyyy-MM-dd"));
    }

    /// <summary>The hash the first record of the chain links to: the chain's own name, so chains cannot be swapped.</summary>
    public string Genesis => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToString())));

    public override string ToString() => $"{Partition}@{Day:yyyy-MM-dd}";

    private static string PartitionOf(AuditEntry entry)
    {
        if (entry.Subject != AuditEntry.Anonymous)
        {
            return SubjectPartition(entry.Subject);
        }

        var spread = SHA256.HashData(Encoding.UTF8.GetBytes(entry.RequestId ?? entry.At.ToString("O")))[0] % AnonymousPartitions;
        return $"{AuditEntry.Anonymous}:{spread}";
    }
}

/// <summary>The end of a chain as far as it was read: its last sequence number and that record's hash.</summary>
public sealed record AuditLink(string Chain, long Sequence, string Hash);
