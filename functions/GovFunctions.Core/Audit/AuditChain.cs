using System.Security.Cryptography;
using System.Text;
using GovFunctions.Core.Calendar;

namespace GovFunctions.Core.Audit;

/// <summary>
/// One hash chain of the audit trail: what one writer (an instance of the app) recorded in one partition on one Beijing
/// day. A signed-in subject's records are one partition (what one account did is one read); anonymous requests spread
/// over a few partitions by request id. Each instance writes chains of its own, one record at a time, so appends
/// never race: two instances, or sixteen requests of one account at once, each keep a whole chain.
/// </summary>
public readonly record struct AuditChain(string Partition, DateOnly Day, string Writer)
{
    public const int AnonymousPartitions = 8;

    public static AuditChain Of(AuditEntry entry, string writer) => new(PartitionOf(entry), ChinaTime.DateOf(entry.At), writer);

    public static string SubjectPartition(string subject) => "subject:" + subject;

    /// <summary>The chain a name (<c>partition@yyyy-MM-dd~writer</c>) stands for; the partition may itself hold '@' (an e-mail subject).</summary>
    public static AuditChain Parse(string name)
    {
        var at = name.LastIndexOf('@');
        var tilde = name.IndexOf('~', at);
        return new AuditChain(name[..at], DateOnly.ParseExact(name[(at + 1)..tilde], "yyyy-MM-dd"), name[(tilde + 1)..]);
    }

    /// <summary>The hash the first record of the chain links to: the chain's own name, so chains cannot be swapped.</summary>
    public string Genesis => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToString())));

    public override string ToString() => $"{Partition}@{Day:yyyy-MM-dd}~{Writer}";

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
