namespace GovFunctions.Core.Cases;

/// <summary>Where a case (办件) stands. See README "The statutory review" for the diagram.</summary>
public enum CaseStage
{
    /// <summary>The applicant is filling in the form and uploading materials; nothing is due yet.</summary>
    Draft,

    /// <summary>Filed for an item that asks for 网上预审: the window checks it online before acceptance.</summary>
    PreReview,

    /// <summary>Filed: the acceptance clock runs and the handling department's window sees it.</summary>
    Submitted,

    /// <summary>补正: the window listed what is missing; the applicant has the supplement period to supply it.</summary>
    SupplementRequested,

    /// <summary>不予受理: closed without review.</summary>
    NotAccepted,

    /// <summary>Accepted (受理) and going through the guide's review steps; may be suspended.</summary>
    UnderReview,

    /// <summary>办结: approved or denied; the result is to be delivered.</summary>
    Decided,

    /// <summary>送达: the result reached the applicant.</summary>
    Delivered,

    /// <summary>Withdrawn by the applicant (撤回) before a decision.</summary>
    Withdrawn,

    /// <summary>
    /// Not an application: a supervision file (督办件) that holds a 督办单 on a department rather than on a case. It has
    /// no item and no applicant; the operations of applications answer 404 for it (ADR 0015).
    /// </summary>
    Supervision,

    /// <summary>
    /// Not an application: a complaint (投诉) record, numbered with the basic code TS00000000, whose progress is its
    /// <see cref="CaseState.Complaint"/>; the operations of applications answer 404 for it (ADR 0016).
    /// </summary>
    Complaint,

    /// <summary>
    /// A request under the 政府信息公开条例 (依申请公开) for an item whose procedure is <c>disclosure</c>: received, answered
    /// within 20 working days (extended once); its progress is its <see cref="CaseState.Disclosure"/> (ADR 0017).
    /// </summary>
    Disclosure,
}
