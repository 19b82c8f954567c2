using System.Reflection;
using GovFunctions.Core.Identity;

namespace GovFunctions.Api.Audit;

/// <summary>
/// Which answered requests the audit trail records: every request that may change something (any method but GET,
/// HEAD, OPTIONS), allowed or refused, and the reads that show one person's data to someone else — a staff member,
/// supervisor or verifier opening a case, a material, a certificate or a work list — plus every export and every look
/// at the trail itself. An applicant reading their own case is not recorded, nor are LocalHost's Development-only
/// endpoints (tokens, clock), which are not operations of the API contract.
/// </summary>
public static class AuditedOperations
{
    private static readonly HashSet<string> Contract =
        [.. typeof(Operations).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    private static readonly HashSet<string> AlwaysRecordedReads =
        [Operations.ExportMyData, Operations.ListAuditRecords, Operations.VerifyAuditTrail, Operations.GetAuditAnchor, Operations.VerifyCaseHistory];

    private static readonly HashSet<string> ReadsOfAnothersData =
        [Operations.GetCase, Operations.DownloadMaterial, Operations.GetDisclosureRequest, Operations.DownloadDisclosureDocument, Operations.DownloadCertificate, Operations.DownloadCertificatePdf, Operations.ListCertificates, Operations.ListWorkItems];

    public static bool Covers(string operation, string method, Caller? caller) =>
        Contract.Contains(operation) && (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        || AlwaysRecordedReads.Contains(operation)
        || ReadsOfAnothersData.Contains(operation) && caller?.IsIn(PlatformRole.Applicant) != true);
}
