using System.Runtime.CompilerServices;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;
using GovFunctions.Core.Paging;
using GovFunctions.Core.PersonalData;
using GovFunctions.Core.Review;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Core.Cases;

/// <summary>
/// The applicant's side of a case (办件): start a draft, fill the form, upload materials, submit, withdraw, and
/// look at it; and the window's incoming list. Changes go through <see cref="CaseChanges"/>, decided by
/// <see cref="CaseDecisions"/>.
/// </summary>
public sealed partial class CaseService(
    CaseChanges changes,
    ICaseViewStore views,
    CatalogService catalog,
    MaterialIntake intake,
    IMaterialStore materials,
    WorkCalendars calendars,
    PersonalDataKeys personalDataKeys,
    ILogger<CaseService> logger)
{
    /// <summary>How long a direct-upload URL stays valid: long enough for a 200 MB file on a slow line, short enough to be of no use to anyone later.</summary>
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromMinutes(30);

    public async Task<CaseRecord> StartAsync(Caller caller, string itemCode, CancellationToken cancellationToken)
    {
        var item = await catalog.GetCurrentAsync(itemCode, cancellationToken);
        var record = await changes.CreateAsync(now => CaseDecisions.StartDraft(item, caller, now), cancellationToken);
        LogStarted(record.State.Number, item.Code, caller.Subject);
        return record;
    }

    public async Task<CaseRecord> UpdateFormAsync(Caller caller, string caseNumber, ApplicationForm form, CancellationToken cancellationToken)
    {
        var digest = string.IsNullOrWhiteSpace(form.IdentityNumber) ? null : await personalDataKeys.IdentityDigestAsync(form.IdentityNumber, cancellationToken);
        return await changes.ApplyAsync(caseNumber, (record, _, now) => CaseDecisions.UpdateForm(record.State, caller, form, now) with { IdentityDigest = digest }, cancellationToken);
    }

    /// <summary>
    /// 按证件号查询: the submitted cases whose form names the identity number that the caller handles (staff of a department
    /// the case's guide involves) or supervises, newest first. Found by the number's keyed hash; the number itself is
    /// stored only encrypted and never leaves this call.
    /// </summary>
    public async Task<Page<CaseSummary>> FindByIdentityAsync(Caller caller, string? identityNumber, PageRequest page, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor);
        var errors = new ValidationErrors();
        errors.RequireText("identityNumber", identityNumber, InputLimits.IdentityNumber);
        errors.ThrowIfAny();

        var found = new List<CaseSummary>();
        var list = CaseLists.OfIdentity(await personalDataKeys.IdentityDigestAsync(identityNumber!, cancellationToken));
        await foreach (var summary in views.ReadAllAsync(list, cancellationToken))
        {
            var state = (await changes.LoadAsync(summary.CaseNumber, cancellationToken)).Case.State;
            if (StaffRules.SeesAsStaff(state, await changes.GuideOfAsync(state, cancellationToken), caller))
            {
                found.Add(summary);
            }
        }

        return page.Slice([.. found.OrderByDescending(s => s.SubmittedAt).ThenBy(s => s.CaseNumber, StringComparer.Ordinal)]);
    }

    public async Task<CaseRecord> UploadMaterialAsync(Caller caller, string caseNumber, string slotId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var loaded = await changes.LoadAsync(caseNumber, cancellationToken);
        var slot = CaseDecisions.SlotFor(loaded.Case.State, await changes.GuideOfAsync(loaded.Case.State, cancellationToken), caller, slotId);
        var material = await intake.AcceptAsync(caseNumber, slot, content, cancellationToken);
        return await changes.ApplyAsync(caseNumber,
            (record, item, now) => CaseDecisions.AttachMaterial(record.State, item, caller, slotId, fileName, material, now), cancellationToken, loaded: loaded);
    }

    /// <summary>
    /// Authorises a direct upload of the slot's file to storage (for files larger than a request to the API should carry):
    /// the same checks as an upload through the API, a write-only URL for one staging blob.
    /// </summary>
    public async Task<MaterialUpload> RequestUploadAsync(Caller caller, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var slot = CaseDecisions.SlotFor(state, await changes.GuideOfAsync(state, cancellationToken), caller, slotId);
        var uploadId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var (url, expiresAt) = await materials.AuthorizeUploadAsync(caseNumber, slotId, uploadId, UploadLifetime, cancellationToken);
        return new MaterialUpload(uploadId, url, expiresAt, slot.MaxSizeBytes, slot.AcceptedFileTypes);
    }

    /// <summary>
    /// Takes a directly uploaded file exactly as an upload through the API is taken (type by content, size, SHA-256) and
    /// records it. The staging blob is removed whether the file is taken or refused: an upload completes once.
    /// </summary>
    public async Task<CaseRecord> CompleteUploadAsync(Caller caller, string caseNumber, string slotId, string uploadId, string? fileName, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        var slot = CaseDecisions.SlotFor(state, await changes.GuideOfAsync(state, cancellationToken), caller, slotId);
        var missing = new NotFoundException($"Material slot '{slotId}' of case {caseNumber} has no upload {uploadId} waiting; it may have expired or been completed.");
        if (uploadId.Length != 32 || !uploadId.All(char.IsAsciiHexDigitLower))
        {
            throw missing;
        }

        await using var staged = await materials.OpenUploadAsync(caseNumber, slotId, uploadId, cancellationToken) ?? throw missing;
        try
        {
            var material = await intake.AcceptAsync(caseNumber, slot, staged, cancellationToken);
            return await changes.ApplyAsync(caseNumber,
                (record, item, now) => CaseDecisions.AttachMaterial(record.State, item, caller, slotId, fileName, material, now), cancellationToken);
        }
        finally
        {
            await materials.DeleteUploadAsync(caseNumber, slotId, uploadId, CancellationToken.None);
        }
    }

    /// <summary>Submits the draft. A retry with the same <paramref name="idempotencyKey"/> and request answers the case as it is.</summary>
    public Task<CaseRecord> SubmitAsync(Caller caller, string caseNumber, string? idempotencyKey, string requestHash, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, (record, item, now) => CaseDecisions.Submit(record.State, item, caller, calendars.ForCase(record.State), now), cancellationToken,
            idempotency: idempotencyKey is null ? null : new IdempotentRequest(caller, idempotencyKey, requestHash));

    public Task<CaseRecord> WithdrawAsync(Caller caller, string caseNumber, string? reason, int? expectedVersion, CancellationToken cancellationToken) =>
        changes.ApplyAsync(caseNumber, (record, _, now) => CaseDecisions.Withdraw(record.State, caller, reason, now), cancellationToken, expectedVersion);

    /// <summary>The whole case with its history, for its applicant.</summary>
    public async Task<CaseRecord> GetAsync(Caller caller, string caseNumber, CancellationToken cancellationToken)
    {
        var stored = await changes.LoadAsync(caseNumber, cancellationToken);
        CaseDecisions.RequireOwner(stored.Case.State, caller);
        // A complainant follows their complaint with GetComplaint; as a case it does not exist.
        return stored.Case.State.IsApplication ? stored.Case : throw CaseChanges.NoSuchCase(caseNumber);
    }

    /// <summary>Status for anyone holding the case number and its query code; a wrong code is "no such case".</summary>
    public async Task<PublicCaseStatus> GetPublicStatusAsync(string caseNumber, string? queryCode, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        if (state.Stage == CaseStage.Draft || !QueryCode.FromStored(state.QueryCode).Matches(queryCode))
        {
            throw CaseChanges.NoSuchCase(caseNumber);
        }

        var item = await changes.GuideOfAsync(state, cancellationToken);
        var paused = state.OpenSuspension is not null;
        return new PublicCaseStatus(state.Number, item.Code, item.Name, state.Stage, state.CurrentStep?.Step, state.SubmittedAt, state.AcceptedAt,
            state.Clock?.Kind, state.Clock?.Deadline, state.Clock?.Provisional ?? false,
            state.Clock is { } clock && !paused ? calendars.ForCase(state).WorkingDaysLeft(changes.Now, clock.Deadline) : null,
            paused, state.Stage == CaseStage.SupplementRequested ? state.Supplement?.ExpiresAt : null, state.ClosedAt,
            item.PromisedLimitWorkingDays, item.StatutoryLimitWorkingDays);
    }

    public async Task<Page<CaseSummary>> ListMineAsync(Caller caller, PageRequest page, CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Applicant);
        return await views.ListAsync(CaseLists.OfApplicant(caller.Subject), page, cancellationToken);
    }

    /// <summary>
    /// 个人信息保护法 第四十五条: every case the applicant has (drafts included), each with its whole history, read one at a
    /// time so an export of hundreds of cases is streamed, not held.
    /// </summary>
    public async IAsyncEnumerable<CaseRecord> ExportMineAsync(Caller caller, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        caller.Require(PlatformRole.Applicant);
        await foreach (var summary in views.ReadAllAsync(CaseLists.OfApplicant(caller.Subject), cancellationToken))
        {
            yield return (await changes.LoadAsync(summary.CaseNumber, cancellationToken)).Case;
        }
    }

    /// <summary>The current file of a material slot, for the applicant and for staff of every department the case's guide involves.</summary>
    public async Task<(MaterialRecord Record, MaterialContent Content)> OpenMaterialAsync(Caller caller, string caseNumber, string slotId, CancellationToken cancellationToken)
    {
        var state = (await changes.LoadAsync(caseNumber, cancellationToken)).Case.State;
        if (!StaffRules.IsInvolved(state, await changes.GuideOfAsync(state, cancellationToken), caller))
        {
            CaseDecisions.RequireOwner(state, caller);
        }

        var record = state.Materials.LastOrDefault(m => m.SlotId == slotId && !m.Superseded)
            ?? throw new NotFoundException($"Case {caseNumber} has no file for material slot '{slotId}'.");
        var content = await materials.OpenAsync(caseNumber, record.Sha256, cancellationToken)
            ?? throw new NotFoundException($"The file of material slot '{slotId}' of case {caseNumber} is missing from storage.");
        return (record, content);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber} started for service item {ItemCode} by {Subject}")]
    private partial void LogStarted(string caseNumber, string itemCode, string subject);
}
