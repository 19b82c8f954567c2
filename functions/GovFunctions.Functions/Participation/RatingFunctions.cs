using GovFunctions.Api;
using GovFunctions.Api.Participation;
using Microsoft.AspNetCore.Http;
using GovFunctions.Functions.Review;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GovFunctions.Functions.Participation;

/// <summary>好差评's HTTP triggers.</summary>
public sealed class RatingFunctions(RatingApi api)
{
    /// <summary>A rating is a new version of the case: its alarm orchestration (a delivery clock may still run) is rescheduled.</summary>
    [Function(Operations.RateCase)]
    public Task<IResult> RateCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CaseRating)] HttpRequest request, string caseNumber,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.RateCase(request, caseNumber, cancellationToken), durable, caseNumber, cancellationToken);

    [Function(Operations.RateRectification)]
    public Task<IResult> RateRectification(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RectificationRating)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.RateRectification(request, caseNumber, cancellationToken);

    [Function(Operations.GetCaseRating)]
    public Task<IResult> GetCaseRating(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CaseRating)] HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        api.GetCaseRating(request, caseNumber, cancellationToken);

    [Function(Operations.ListRatingDimensions)]
    public IResult ListRatingDimensions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.RatingDimensions)] HttpRequest request) =>
        api.ListRatingDimensions();
}
