using GovFunctions.Api;
using GovFunctions.Api.Milestones;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Milestones;

/// <summary>Operating the provincial push: backlog, re-send, poison (dead-lettered) messages.</summary>
public sealed class MilestoneFunctions(MilestonesApi api)
{
    [Function(Operations.GetOutboxBacklog)]
    public Task<IResult> GetOutboxBacklog(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OutboxBacklog)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetOutboxBacklog(request, cancellationToken);

    [Function(Operations.ResendCaseMilestones)]
    public Task<IResult> ResendCaseMilestones(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseMilestoneResend)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.ResendCaseMilestones(request, caseNumber, cancellationToken);

    [Function(Operations.ListPoisonMessages)]
    public Task<IResult> ListPoisonMessages(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PoisonMessages)] HttpRequest request, string provinceCode, CancellationToken cancellationToken) =>
        api.ListPoisonMessages(request, provinceCode, cancellationToken);

    [Function(Operations.RequeuePoisonMessage)]
    public Task<IResult> RequeuePoisonMessage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.PoisonMessageRequeue)] HttpRequest request, string provinceCode, string messageId,
        CancellationToken cancellationToken) =>
        api.RequeuePoisonMessage(request, provinceCode, messageId, cancellationToken);
}
