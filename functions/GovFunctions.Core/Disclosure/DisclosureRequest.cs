using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Disclosure;

/// <summary>
/// 依申请公开: a request for government information under the 政府信息公开条例 (State Council Order 711), handled by the
/// department of the item `GG05001000` of its region. Received online on the day the platform confirms it (Art. 31), it
/// is answered within 20 working days (Art. 33), extended once by at most 20 with the disclosure office head's approval,
/// with one of the answers of Art. 36 and 37.
/// </summary>
/// <param name="Requester">Art. 29 (1): who asks, with their identity document or organisation code and a contact.</param>
/// <param name="Description">Art. 29 (2): the information asked for — its name, document number or other description.</param>
/// <param name="Forms">Art. 29 (3): the forms wanted: <c>paper</c>, <c>electronic</c>, <c>inspection</c>.</param>
public sealed record DisclosureRequest(Requester Requester, string Description, IReadOnlyList<string> Forms, DateTimeOffset ReceivedAt)
{
    /// <summary>Art. 33: the one extension, approved by the head of the disclosure office.</summary>
    public DisclosureExtension? Extension { get; init; }

    public DisclosureAnswer? Answer { get; init; }

    /// <summary>Art. 30: the one notice to correct an unclear request, and the corrected request when it came.</summary>
    public DisclosureCorrection? Correction { get; init; }

    /// <summary>Art. 30: not corrected within its period, the request was treated as abandoned (视为放弃).</summary>
    public DateTimeOffset? LapsedAt { get; init; }

    public bool IsOpen => Answer is null && LapsedAt is null;

    /// <summary>Answered with the information (Art. 36 (2), 37): its documents are the requester's to read.</summary>
    public bool Provided => Answer is { DeliveredAs: not DisclosureAnswer.NotDelivered };

    /// <summary>A correction asked for and not yet given: the requester owes it, no answer clock runs.</summary>
    public bool AwaitsCorrection => Correction is { CorrectedAt: null } && IsOpen;

    /// <summary>Art. 42: the fee notices, paid or not.</summary>
    public IReadOnlyList<DisclosureFeeNotice> Fees { get; init; } = [];

    /// <summary>A fee notified and not yet paid: the requester owes it, the answer clock stands still.</summary>
    public bool AwaitsPayment => Fees.Count > 0 && Fees[^1].PaidAt is null && IsOpen;

    /// <summary>What the requester owes by a deadline, if anything: a correction or a payment; not given by then, the request lapses.</summary>
    public DateTimeOffset? LapsesAt => AwaitsCorrection ? Correction!.Deadline : AwaitsPayment ? Fees[^1].PayBy : null;
}

/// <param name="Method"><c>perRequest</c> (with <paramref name="Ordinal"/>, the request's place in its requester's month) or <c>perPage</c> (with <paramref name="Pages"/>).</param>
/// <param name="PayBy">国办函〔2020〕109号: 20 working days from the notice to pay; unpaid by then, the request is treated as abandoned.</param>
public sealed record DisclosureFeeNotice(string Method, int? Ordinal, int? Pages, int Amount, DateTimeOffset PayBy, DateTimeOffset At, string By)
{
    public DateTimeOffset? PaidAt { get; init; }
}

/// <summary>Art. 30: what to correct, by when (the reasonable period the office sets), and the correction.</summary>
public sealed record DisclosureCorrection(string Items, DateTimeOffset Deadline, DateTimeOffset At, string By)
{
    public DateTimeOffset? CorrectedAt { get; init; }
}

/// <param name="Kind"><c>naturalPerson</c> (identity card number) or <c>organisation</c> (unified social credit code).</param>
public sealed record Requester(string Kind, string Name, string IdentityNumber, string? Phone, string? Email, string? Address);

public sealed record DisclosureExtension(int WorkingDays, string Reason, DateTimeOffset At, string By);

/// <summary>
/// The answer (Art. 36, 37): <see cref="Type"/> with what that type requires — where the information is already public
/// (<see cref="Location"/>), the reasons and the articles for a refusal or a partial disclosure, the right authority,
/// the earlier request a repeated one repeats, the law that governs it — and the form it was delivered in.
/// </summary>
public sealed record DisclosureAnswer(
    string Type, string Text, string? Location, IReadOnlyList<string> Articles, string? Authority, string? EarlierRequest, string? Law,
    string DeliveredAs, DateTimeOffset At, string By)
{
    /// <summary><see cref="DeliveredAs"/> of an answer that provides no information.</summary>
    public const string NotDelivered = "none";
}

/// <summary>What a requester files (Art. 29).</summary>
public sealed record DisclosureRequestCommand(
    [property: MaxLength(InputLimits.Code)] string? ItemCode,
    RequesterCommand? Requester,
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Description,
    [property: MaxLength(3), EachMaxLength(InputLimits.Word)] IReadOnlyList<string>? Forms);

public sealed record RequesterCommand(
    [property: MaxLength(InputLimits.Word)] string? Kind,
    [property: MaxLength(InputLimits.PersonName)] string? Name,
    [property: MaxLength(InputLimits.IdentityNumber)] string? IdentityNumber,
    [property: MaxLength(InputLimits.Phone)] string? Phone,
    [property: MaxLength(InputLimits.ShortText)] string? Email,
    [property: MaxLength(InputLimits.ShortText)] string? Address);

public sealed record DisclosureExtensionCommand(
    [property: Range(1, DisclosureDecisions.MaxExtensionWorkingDays)] int? WorkingDays,
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Reason);

public sealed record DisclosureAnswerCommand(
    [property: MaxLength(InputLimits.Word)] string? Type,
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Text,
    [property: MaxLength(InputLimits.ShortText)] string? Location,
    [property: MaxLength(InputLimits.ListEntries), EachMaxLength(InputLimits.ShortText)] IReadOnlyList<string>? Articles,
    [property: MaxLength(InputLimits.ShortText)] string? Authority,
    [property: MaxLength(InputLimits.Code)] string? EarlierRequest,
    [property: MaxLength(InputLimits.ShortText)] string? Law,
    [property: MaxLength(InputLimits.Word)] string? DeliveredAs);

/// <summary>Art. 30: what is unclear, and the working days the requester has to correct it.</summary>
public sealed record DisclosureCorrectionRequestCommand(
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Items,
    [property: Range(1, DisclosureDecisions.MaxCorrectionPeriodWorkingDays)] int? PeriodWorkingDays);

/// <summary>The corrected request: its description again, and the forms when they change.</summary>
public sealed record DisclosureCorrectionCommand(
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Description,
    [property: MaxLength(3), EachMaxLength(InputLimits.Word)] IReadOnlyList<string>? Forms);

/// <summary>Art. 32: the third party consulted and what they are asked.</summary>
public sealed record ConsultationCommand(
    [property: MaxLength(InputLimits.ShortText)] string? ThirdParty,
    [property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Matter);

/// <summary>Art. 32: the third party's answer, or that none came within their 15 working days.</summary>
public sealed record ConsultationAnswerCommand([property: MaxLength(DisclosureDecisions.MaxTextLength)] string? Answer);

/// <summary>Art. 42: the method of the fee (<c>perRequest</c> or <c>perPage</c>) and, per page, how many pages the information runs to.</summary>
public sealed record DisclosureFeeCommand(
    [property: MaxLength(InputLimits.Word)] string? Method,
    [property: Range(1, 1_000_000)] int? Pages);
