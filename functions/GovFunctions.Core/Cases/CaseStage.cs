namespace GovFunctions.Core.Cases;

/// <summary>Where a case (办件) stands. The statutory review adds its stages after <see cref="Submitted"/>.</summary>
public enum CaseStage
{
    /// <summary>The applicant is filling in the form and uploading materials; nothing is due yet.</summary>
    Draft,

    /// <summary>Filed: the acceptance clock runs and the handling department's window sees it.</summary>
    Submitted,

    /// <summary>Withdrawn by the applicant (撤回) before a decision.</summary>
    Withdrawn,
}
