using GovFunctions.Api;
using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Participation;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Participation;

namespace GovFunctions.LocalHost.Endpoints;

public static class RatingEndpoints
{
    public static void MapRatingEndpoints(this RouteGroupBuilder api)
    {
        var ratings = api.MapGroup("").WithTags("Ratings");

        ratings.MapPost(Routes.CaseRating, (HttpRequest request, string caseNumber, RatingApi handler, CancellationToken ct) => handler.RateCase(request, caseNumber, ct))
            .WithName(Operations.RateCase)
            .WithSummary("好差评 (一事一评): the applicant rates their case once it is decided or not accepted, within the rating window (Ratings:WindowDays, default 30 days): a level, optionally a level per dimension of the current version, and for 不满意/非常不满意 at least one published reason tag or a comment. A second rating is 409; a retry with the same Idempotency-Key and body answers the case as it is. The rating goes to the province as the evaluationReceived milestone.")
            .ForCallers(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IdempotencyKey)
            .Accepts<RatingCommand>("application/json")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesCommandProblems();

        ratings.MapPost(Routes.RectificationRating, (HttpRequest request, string caseNumber, RatingApi handler, CancellationToken ct) => handler.RateRectification(request, caseNumber, ct))
            .WithName(Operations.RateRectification)
            .WithSummary("The applicant rates, once, how their poor rating was handled (satisfied, basicallySatisfied, dissatisfied), when its outcome is final.")
            .ForCallers(PlatformRole.Applicant)
            .Accepts<HandlingRatingCommand>("application/json")
            .Produces<CaseView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesCommandProblems();

        ratings.MapGet(Routes.CaseRating, (HttpRequest request, string caseNumber, RatingApi handler, CancellationToken ct) => handler.GetCaseRating(request, caseNumber, ct))
            .WithName(Operations.GetCaseRating)
            .WithSummary("The case's rating, for its applicant, the staff of the departments its guide involves and the supervisors of its regions; 404 until it is rated.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .Produces<CaseRating>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        ratings.MapGet(Routes.RatingDimensions, (RatingApi handler) => handler.ListRatingDimensions())
            .WithName(Operations.ListRatingDimensions)
            .WithSummary("What a rating is given under: the five levels, the dimensions of the current version and the reason tags of a poor rating.")
            .ForAnyone()
            .Produces<RatingDimensions>();
    }
}
