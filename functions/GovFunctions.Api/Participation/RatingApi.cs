using GovFunctions.Api.Cases;
using GovFunctions.Api.Http;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Participation;

namespace GovFunctions.Api.Participation;

/// <summary>好差评: rating a concluded case, reading its rating, and the published dimensions.</summary>
public sealed class RatingApi(RatingService ratings)
{
    private const int BodyLimit = 16 * 1024;

    /// <summary>Answers the applicant's case with its rating; Idempotency-Key makes a retry harmless.</summary>
    public async Task<IResult> RateCase(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var requestHash = await RequestBodyHash.ReadAsync(request, BodyLimit, cancellationToken);
        var command = await JsonBody.ReadAsync<RatingCommand>(request, cancellationToken, BodyLimit);
        var key = RequestParameters.Header(request, ApiParameters.IdempotencyKey);
        return CaseView.Answer(request, await ratings.RateAsync(caller, caseNumber, command, key, requestHash, cancellationToken));
    }

    /// <summary>Answers the applicant's case with the handling rated.</summary>
    public async Task<IResult> RateRectification(HttpRequest request, string caseNumber, CancellationToken cancellationToken)
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var command = await JsonBody.ReadAsync<HandlingRatingCommand>(request, cancellationToken, BodyLimit);
        return CaseView.Answer(request, await ratings.RateHandlingAsync(caller, caseNumber, command, cancellationToken));
    }

    public async Task<IResult> GetCaseRating(HttpRequest request, string caseNumber, CancellationToken cancellationToken) =>
        Results.Ok(await ratings.GetAsync(CallerClaims.Require(request.HttpContext.User), caseNumber, cancellationToken));

    public IResult ListRatingDimensions() => Results.Ok(RatingDimensions.Current);
}
