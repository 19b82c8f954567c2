using GovFunctions.Core.Calendar;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Regions;
using GovFunctions.Core.Review;
using GovFunctions.Core.Supervision;

namespace GovFunctions.Core.Cases;

/// <summary>
/// The lists a case appears in. Each list is a partition of view documents of its own, so reading a list never
/// crosses partitions: the applicant's cases (all stages); each department's work per role (the window: to
/// pre-review, accept and deliver; reviewers and approvers: the steps they own; approvers also, as department
/// heads, overdue cases escalated to them); each region's supervision list (yellow and red clocks); each
/// province's open cases, which the supervision sweep walks; and the cases of one identity number, by its keyed hash.
/// </summary>
public static class CaseLists
{
    public static string OfApplicant(string subject) => "applicant-" + subject;

    public static string WorkOf(string departmentCode, PlatformRole role) => $"work-{departmentCode}-{role.ToString().ToLowerInvariant()}";

    public static string SupervisionOf(string regionCode) => "supervision-" + regionCode;

    public static string InProgressOf(string provinceCode) => "in-progress-" + provinceCode;

    /// <summary>
    /// The records of a province that are not open cases but have a deadline an alarm watches — an open complaint, an
    /// unanswered notice on a department, a closed case's notice or rectification: with the open cases, what the
    /// supervision sweep keeps an alarm running for.
    /// </summary>
    public static string WatchedOf(string provinceCode) => "watched-" + provinceCode;

    /// <summary>The submitted cases whose form names one identity number, by its keyed hash: how staff find an applicant's cases.</summary>
    public static string OfIdentity(string identityDigest) => "identity-" + identityDigest;

    /// <summary>结果公示: the published decisions of an item, one list per Beijing month of decision (a period reads its months).</summary>
    public static string PublishedOfItem(string itemCode, DateOnly month) => $"{PublishedPrefix}item-{itemCode}-{month:yyyy-MM}";

    /// <summary>结果公示: the published decisions of a deciding department, one list per Beijing month.</summary>
    public static string PublishedOfDepartment(string departmentCode, DateOnly month) => $"{PublishedPrefix}department-{departmentCode}-{month:yyyy-MM}";

    /// <summary>A public list, whose lines carry the de-identified result and no applicant name.</summary>
    public static bool IsPublication(string list) => list.StartsWith(PublishedPrefix, StringComparison.Ordinal);

    /// <summary>投诉 for the supervision of a region: to accept, to assign, answered to review, or with a yellow or red clock.</summary>
    public static string ComplaintsOfRegion(string regionCode) => $"complaints-region-{regionCode}";

    /// <summary>投诉 assigned to a department and not answered yet.</summary>
    public static string ComplaintsOfDepartment(string departmentCode) => $"complaints-department-{departmentCode}";

    /// <summary>Every complaint about one case, which its staff view shows.</summary>
    public static string ComplaintsOfCase(string caseNumber) => $"complaints-case-{caseNumber}";

    /// <summary>Closed complaints about a department whose complainants agreed to publication.</summary>
    public static string PublishedComplaintsOf(string departmentCode) => $"{PublishedPrefix}complaints-{departmentCode}";

    /// <summary>依申请公开 requests a department has to answer.</summary>
    public static string DisclosureOf(string departmentCode) => $"disclosure-department-{departmentCode}";

    /// <summary>The cases with an open 黄牌/红牌 against a department.</summary>
    public static string CardsOfDepartment(string departmentCode) => $"{CardsPrefix}department-{departmentCode}";

    /// <summary>The cases with an open card against a department of a region, or of a region below it (a province's list holds its cities' cards).</summary>
    public static string CardsOfRegion(string regionCode) => $"{CardsPrefix}region-{regionCode}";

    /// <summary>The cases and supervision files with an unanswered 督办单 to a department.</summary>
    public static string NoticesOfDepartment(string departmentCode) => $"{NoticesPrefix}department-{departmentCode}";

    /// <summary>The cases with an unanswered notice issued in a region, or escalated to it.</summary>
    public static string NoticesOfRegion(string regionCode) => $"{NoticesPrefix}region-{regionCode}";

    /// <summary>The cases with an unanswered notice one supervisor issued.</summary>
    public static string NoticesOfSupervisor(string subject) => $"{NoticesPrefix}supervisor-{subject}";

    /// <summary>The line a list shows of the case: the public lists' de-identified result, the supervision lists' open cards and notices, the summary elsewhere.</summary>
    public static CaseSummary LineIn(string list, CaseState state, CaseSummary summary) =>
        IsPublication(list) ? CaseSummary.Published(state)
        : list.StartsWith(CardsPrefix, StringComparison.Ordinal) ? summary with { Cards = [.. state.Cards.Where(c => c.IsOpen)] }
        : list.StartsWith(NoticesPrefix, StringComparison.Ordinal) ? summary with { Notices = [.. state.Notices.Where(n => n.IsOpen)] }
        : summary;

    private const string PublishedPrefix = "published-";
    private const string CardsPrefix = "cards-";
    private const string NoticesPrefix = "notices-";

    /// <summary>The cases holding a revoked certificate, by the issuer's credit code: what its status list is built from.</summary>
    public static string RevokedOf(string issuerCode) => "revoked-certificates-" + issuerCode;

    /// <summary>The cases whose decision issued an electronic certificate, by the issuing (deciding) department.</summary>
    public static string CertificatesOf(string departmentCode) => "certificates-" + departmentCode;

    /// <summary>
    /// The lists that should show <paramref name="state"/>, and those of <paramref name="listedIn"/> (the lists that may
    /// hold it; null: not known, so every list it may ever have been in) that should not.
    /// </summary>
    public static (IReadOnlyList<string> ShownIn, IReadOnlyList<string> AbsentFrom) For(CaseState state, IReadOnlyList<string>? listedIn)
    {
        var shown = ShownIn(state);
        return (shown, (listedIn ?? EverListed(state)).Except(shown).ToList());
    }

    /// <summary>The lists that should show <paramref name="state"/>.</summary>
    public static IReadOnlyList<string> ShownIn(CaseState state)
    {
        IEnumerable<string> watched = !IsOpen(state.Stage) && Watched(state) ? [WatchedOf(RegionDirectory.ProvinceOf(state.RegionCode))] : [];
        if (state.Stage == CaseStage.Supervision)
        {
            return NoticeListsOf(state.Notices.Where(n => n.IsOpen)).Concat(watched).Distinct().ToList();
        }

        if (state.Complaint is { } complaint)
        {
            return ComplaintListsOf(state, complaint).Concat(watched).ToList();
        }

        if (state.Disclosure is { } request)
        {
            return DisclosureListsOf(state, request).Concat(watched).ToList();
        }

        var shown = new List<string> { OfApplicant(state.ApplicantSubject) };
        var (handlingDepartment, handlingRegion) = state.HandlingDepartment;
        switch (state.Stage)
        {
            case CaseStage.PreReview or CaseStage.Submitted or CaseStage.Decided:
                shown.Add(WorkOf(state.DepartmentCode, PlatformRole.Clerk));
                break;
            case CaseStage.UnderReview:
                shown.Add(WorkOf(handlingDepartment, state.CurrentStep!.Role));
                break;
        }

        if (state.Clock is { Level: AlarmLevel.Overdue, Escalations: > 0 })
        {
            shown.Add(WorkOf(handlingDepartment, PlatformRole.Approver));
        }

        if (state.Clock is { Level: not AlarmLevel.None })
        {
            shown.Add(SupervisionOf(handlingRegion));
        }

        shown.AddRange(RectificationListsOf(state.Rectification));

        if (state.Stage != CaseStage.Draft && state.IdentityDigest is { } digest)
        {
            shown.Add(OfIdentity(digest));
        }

        shown.AddRange(PublishedIn(state));
        shown.AddRange(CardListsOf(state.Cards.Where(c => c.IsOpen)));
        shown.AddRange(NoticeListsOf(state.Notices.Where(n => n.IsOpen)));
        if (IsOpen(state.Stage))
        {
            shown.Add(InProgressOf(RegionDirectory.ProvinceOf(state.RegionCode)));
        }

        shown.AddRange(watched);

        if (state.Certificates.Count > 0)
        {
            shown.Add(CertificatesOf(IssuingDepartment(state)));
            shown.AddRange(state.Certificates.Where(c => c.Revocation is not null)
                .Select(c => Certificates.CertificateIdentifier.TryParse(c.Identifier, out var identifier) ? RevokedOf(identifier.Value.IssuerCode) : null)
                .OfType<string>());
        }

        return shown.Distinct().ToList();
    }

    /// <summary>
    /// Whether the lists show <paramref name="after"/> exactly as they show <paramref name="before"/> and neither has a
    /// clock, supplement period or notice deadline that an alarm watches (an alarm is bound to the case's version, so it must be
    /// scheduled anew after any change): a draft's uploads, say, owe the views nothing.
    /// </summary>
    public static bool ShowSame(CaseState before, CaseState after) =>
        !Watched(before) && !Watched(after)
        && CaseSummary.Of(before) == CaseSummary.Of(after)
        && ShownIn(before).SequenceEqual(ShownIn(after));

    private static bool Watched(CaseState state) =>
        state.Clock is not null || state.Stage == CaseStage.SupplementRequested || state.Notices.Any(n => n.IsOpen && n.EscalatedTo is null)
        || state.Rectification?.Clock is not null || state.Disclosure?.LapsesAt is not null;

    /// <summary>
    /// An open rectification is on its department's window and head lists; it joins its region's supervision list when
    /// its clock turns yellow or red, or when an appeal awaits supervision.
    /// </summary>
    private static IEnumerable<string> RectificationListsOf(Participation.Rectification? rectification)
    {
        if (rectification is not { IsOpen: true })
        {
            yield break;
        }

        yield return WorkOf(rectification.DepartmentCode, PlatformRole.Clerk);
        yield return WorkOf(rectification.DepartmentCode, PlatformRole.Approver);
        if (rectification.Clock is { Level: not AlarmLevel.None } || rectification.Outcome is not null)
        {
            yield return SupervisionOf(rectification.RegionCode);
        }
    }

    private static IEnumerable<string> ComplaintListsOf(CaseState state, Complaints.Complaint complaint)
    {
        if (complaint.Status is Complaints.ComplaintStatus.Filed or Complaints.ComplaintStatus.Accepted or Complaints.ComplaintStatus.Answered
            || complaint.IsOpen && state.Clock is { Level: not AlarmLevel.None })
        {
            yield return ComplaintsOfRegion(state.RegionCode);
        }

        // Escalated: the supervision level above sees it too.
        if (complaint.IsOpen && state.Clock is { Escalations: > 0 })
        {
            yield return ComplaintsOfRegion(RegionDirectory.LevelAbove(state.RegionCode));
        }

        if (complaint.Status == Complaints.ComplaintStatus.Assigned)
        {
            yield return ComplaintsOfDepartment(complaint.AssignedTo!);
        }

        if (complaint.About.CaseNumber is { } caseNumber)
        {
            yield return ComplaintsOfCase(caseNumber);
        }

        if (Complaints.PublishedComplaint.Of(state) is not null)
        {
            yield return PublishedComplaintsOf(state.DepartmentCode);
        }
    }

    /// <summary>The requester's own list, the department's while open, the region's supervision list while its clock is yellow or red.</summary>
    private static IEnumerable<string> DisclosureListsOf(CaseState state, Disclosure.DisclosureRequest request)
    {
        yield return OfApplicant(state.ApplicantSubject);
        if (request.IsOpen)
        {
            yield return DisclosureOf(state.DepartmentCode);
        }

        if (state.Clock is { Level: not AlarmLevel.None })
        {
            yield return SupervisionOf(state.RegionCode);
        }
    }

    public static bool IsOpen(CaseStage stage) =>
        stage is CaseStage.PreReview or CaseStage.Submitted or CaseStage.SupplementRequested or CaseStage.UnderReview or CaseStage.Decided;

    /// <summary>The department whose last step decided the case, which issues its certificate.</summary>
    public static string IssuingDepartment(CaseState state) => state.Steps.Count > 0 ? state.Steps[^1].DepartmentCode : state.DepartmentCode;

    private static IEnumerable<string> PublishedIn(CaseState state)
    {
        if (state.Decision is { Published: true } decision)
        {
            var month = ChinaTime.DateOf(decision.At);
            yield return PublishedOfItem(state.ItemCode, month);
            yield return PublishedOfDepartment(IssuingDepartment(state), month);
        }
    }

    private static IEnumerable<string> CardListsOf(IEnumerable<SupervisionCard> cards) =>
        cards.SelectMany(c => new[] { CardsOfDepartment(c.DepartmentCode) }.Concat(RegionDirectory.WithLevelsAbove(c.RegionCode).Select(CardsOfRegion)));

    private static IEnumerable<string> NoticeListsOf(IEnumerable<SupervisionNotice> notices) =>
        notices.SelectMany(n => new[] { NoticesOfDepartment(n.DepartmentCode), NoticesOfRegion(n.RegionCode), NoticesOfSupervisor(n.IssuedBy) }
            .Concat(n.EscalatedTo is { } up ? [NoticesOfRegion(up)] : []));

    private static IEnumerable<string> EverListed(CaseState state)
    {
        foreach (var published in PublishedIn(state).Concat(CardListsOf(state.Cards)).Concat(NoticeListsOf(state.Notices)))
        {
            yield return published;
        }

        yield return WatchedOf(RegionDirectory.ProvinceOf(state.RegionCode));

        if (state.Stage == CaseStage.Supervision)
        {
            yield break;
        }

        if (state.Disclosure is not null)
        {
            yield return DisclosureOf(state.DepartmentCode);
            yield return SupervisionOf(state.RegionCode);
            yield break;
        }

        if (state.Complaint is { } complaint)
        {
            yield return ComplaintsOfRegion(state.RegionCode);
            yield return ComplaintsOfRegion(RegionDirectory.LevelAbove(state.RegionCode));
            yield return PublishedComplaintsOf(state.DepartmentCode);
            if (complaint.AssignedTo is { } assigned)
            {
                yield return ComplaintsOfDepartment(assigned);
            }

            yield break;
        }

        yield return WorkOf(state.DepartmentCode, PlatformRole.Clerk);
        yield return WorkOf(state.DepartmentCode, PlatformRole.Approver);
        yield return SupervisionOf(state.RegionCode);
        yield return InProgressOf(RegionDirectory.ProvinceOf(state.RegionCode));
        if (state.IdentityDigest is { } digest)
        {
            yield return OfIdentity(digest);
        }

        foreach (var step in state.Steps.DistinctBy(s => (s.DepartmentCode, s.Role)))
        {
            yield return WorkOf(step.DepartmentCode, step.Role);
            yield return WorkOf(step.DepartmentCode, PlatformRole.Approver);
            yield return SupervisionOf(step.RegionCode);
        }
    }
}
