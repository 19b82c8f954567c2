using GovFunctions.Api;
using GovFunctions.Api.Milestones;
using GovFunctions.Core.Identity;

namespace GovFunctions.LocalHost.Endpoints;

public static class MilestoneEndpoints
{
    public static void MapMilestoneEndpoints(this RouteGroupBuilder api)
    {
        var operations = api.MapGroup("").WithTags("Operations");

        operations.MapGet(Routes.OutboxBacklog, (HttpRequest request, MilestonesApi handler, CancellationToken ct) => handler.GetOutboxBacklog(request, ct))
            .WithName(Operations.GetOutboxBacklog)
            .WithSummary("Milestones still owed to each province: count, cases, oldest and its age, and when a failing province is retried (supervisor, admin).")
            .ForCallers(PlatformRole.Supervisor, PlatformRole.Admin)
            .Produces<OutboxBacklog>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        operations.MapPost(Routes.CaseMilestoneResend, (HttpRequest request, string caseNumber, MilestonesApi handler, CancellationToken ct) => handler.ResendCaseMilestones(request, caseNumber, ct))
            .WithName(Operations.ResendCaseMilestones)
            .WithSummary("Owes again a case's milestones from a sequence number on, with their original MessageIds; idempotent (supervisor, admin).")
            .ForCallers(PlatformRole.Supervisor, PlatformRole.Admin)
            .Accepts<ResendRequest>("application/json")
            .Produces<ResendAnswer>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        operations.MapGet(Routes.PoisonMessages, (HttpRequest request, string provinceCode, MilestonesApi handler, CancellationToken ct) => handler.ListPoisonMessages(request, provinceCode, ct))
            .WithName(Operations.ListPoisonMessages)
            .WithSummary("Milestones the province's receiver gave up on (poison queue locally, dead-letter queue in Azure), oldest first (supervisor, admin).")
            .ForCallers(PlatformRole.Supervisor, PlatformRole.Admin)
            .Produces<PoisonList>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        operations.MapPost(Routes.PoisonMessageRequeue, (HttpRequest request, string provinceCode, string messageId, MilestonesApi handler, CancellationToken ct) =>
                handler.RequeuePoisonMessage(request, provinceCode, messageId, ct))
            .WithName(Operations.RequeuePoisonMessage)
            .WithSummary("Puts one poison message back in front of the province's receiver (supervisor, admin).")
            .ForCallers(PlatformRole.Supervisor, PlatformRole.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
