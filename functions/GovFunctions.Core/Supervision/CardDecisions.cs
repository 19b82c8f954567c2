using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Review;

namespace GovFunctions.Core.Supervision;

/// <summary>The deciders of a card's correction: the carded department's head reports, a supervisor of its region confirms or returns.</summary>
public static class CardDecisions
{
    public const int MaxTextLength = 2000;
    public const string Confirmed = "confirmed";
    public const string Returned = "returned";

    private static readonly IReadOnlySet<string> Outcomes = new HashSet<string> { Confirmed, Returned };

    /// <summary>整改报告, by an approver (the department's head) of the department the card was raised against.</summary>
    public static CardCorrectionReported Report(CaseState state, ServiceItem item, Caller caller, int number, string? report, DateTimeOffset now)
    {
        var card = OpenCard(state, item, caller, number);
        caller.Require(PlatformRole.Approver);
        if (caller.DepartmentCode != card.DepartmentCode)
        {
            throw new ConflictException($"Card {number} of case {state.Number} was raised against department {card.DepartmentCode}; its head reports the correction.");
        }

        if (card.Correction is not null)
        {
            throw new ConflictException($"Card {number} of case {state.Number} already has a correction report awaiting the supervisor.");
        }

        RequireText("report", report);
        return new CardCorrectionReported(now, caller.Subject, number, report!.Trim());
    }

    /// <summary>A supervisor of the card's region (or a region above it) confirms the reported correction, closing the card, or returns it.</summary>
    public static CardCorrectionReviewed Review(CaseState state, ServiceItem item, Caller caller, int number, string? outcome, string? note, DateTimeOffset now)
    {
        var card = OpenCard(state, item, caller, number);
        caller.Require(PlatformRole.Supervisor);
        if (!StaffRules.SupervisesRegion(caller, card.RegionCode))
        {
            throw new ConflictException($"Card {number} of case {state.Number} is supervised in region {card.RegionCode}.");
        }

        var errors = new ValidationErrors();
        errors.RequireOneOf("outcome", outcome, Outcomes);
        errors.RequireText("note", note, MaxTextLength);
        errors.ThrowIfAny();
        if (card.Correction is null)
        {
            throw new ConflictException($"Card {number} of case {state.Number} has no correction report to review yet.");
        }

        return new CardCorrectionReviewed(now, caller.Subject, number, outcome == Confirmed, note!.Trim());
    }

    /// <summary>Staff of a department the case involves and supervisors of its regions see the case; anyone else is told it does not exist.</summary>
    private static SupervisionCard OpenCard(CaseState state, ServiceItem item, Caller caller, int number)
    {
        StaffRules.RequireSeesAsStaff(state, item, caller);

        var card = state.Cards.FirstOrDefault(c => c.Number == number) ?? throw new NotFoundException($"Case {state.Number} has no card {number}.");
        return card.IsOpen ? card : throw new ConflictException($"Card {number} of case {state.Number} was closed on {card.Confirmation!.At:O}.");
    }

    private static void RequireText(string field, string? value)
    {
        var errors = new ValidationErrors();
        errors.RequireText(field, value, MaxTextLength);
        errors.ThrowIfAny();
    }
}
