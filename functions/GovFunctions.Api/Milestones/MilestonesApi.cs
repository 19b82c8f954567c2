using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Milestones;

namespace GovFunctions.Api.Milestones;

/// <summary>Operating the provincial push (supervisor, admin): backlog, re-send, poison messages.</summary>
public sealed class MilestonesApi(MilestoneOperations milestones)
{
    public async Task<IResult> GetOutboxBacklog(HttpRequest request, CancellationToken cancellationToken)
    {
        var (provinces, failing) = await milestones.GetBacklogAsync(CallerClaims.Require(request.HttpContext.User), cancellationToken);
        return Results.Ok(new OutboxBacklog(provinces, failing));
    }

    public async Task<IResult> ResendCaseMilestones(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var body = await JsonBody.ReadAsync<ResendRequest>(request, cancellationToken, limit: 4 * 1024);
        return Results.Accepted(value: new ResendAnswer(caseNumber, await milestones.ResendAsync(caller, caseNumber, body.FromSequence, cancellationToken)));
    }

    public async Task<IResult> ListPoisonMessages(HttpRequest request, string provinceCode, CancellationToken cancellationToken) =>
        Results.Ok(new PoisonList(provinceCode, await milestones.ListPoisonAsync(CallerClaims.Require(request.HttpContext.User), provinceCode, cancellationToken)));

    public async Task<IResult> RequeuePoisonMessage(HttpRequest request, string provinceCode, string messageId, CancellationToken cancellationToken)
    {
        await milestones.RequeuePoisonAsync(CallerClaims.Require(request.HttpContext.User), provinceCode, messageId, cancellationToken);
        return Results.NoContent();
    }
}

/// <param name="FailingCases">Cases whose outbox could not be drained, with the failures so far, the last error and the next try.</param>
public sealed record OutboxBacklog(IReadOnlyList<ProvinceBacklog> Provinces, IReadOnlyList<OutboxNote> FailingCases);

public sealed record ResendRequest([property: Range(1, int.MaxValue)] int? FromSequence);

/// <param name="Queued">Milestones owed from the given sequence on; they go out with their original MessageIds.</param>
public sealed record ResendAnswer(string CaseNumber, int Queued);

public sealed record PoisonList(string ProvinceCode, IReadOnlyList<PoisonMessage> Messages);
