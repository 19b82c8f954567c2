using GovFunctions.Api.Identity;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using GovFunctions.Core.Errors;
using GovFunctions.Core.Materials;
using Microsoft.Extensions.Logging;

namespace GovFunctions.Api.Http;

/// <summary>
/// Turns what an operation threw into an RFC 9457 problem answer. Both hosts route every failure through
/// here, so a portal sees the same problem for the same mistake wherever the API runs.
/// </summary>
public static partial class ApiProblems
{
    public static IResult From(Exception exception, HttpContext context, ILogger logger)
    {
        switch (exception)
        {
            case ValidationFailedException e:
                return Results.ValidationProblem(e.Errors.ToDictionary(), title: "The request is not valid.");
            case IncompleteApplicationException e:
                return Results.ValidationProblem(e.Missing.ToDictionary(m => m.Key, m => new[] { m.Value }),
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: "The application is incomplete.");
            case IdempotencyKeyReusedException e:
                return Problem(StatusCodes.Status422UnprocessableEntity, e.Message);
            case AuthenticationRequiredException e:
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Problem(StatusCodes.Status401Unauthorized, e.Message);
            case AccessDeniedException e:
                return Problem(StatusCodes.Status403Forbidden, e.Message);
            case NotFoundException e:
                return Problem(StatusCodes.Status404NotFound, e.Message);
            case ConflictException e:
                return Problem(StatusCodes.Status409Conflict, e.Message);
            case PreconditionFailedException e:
                return Problem(StatusCodes.Status412PreconditionFailed, e.Message);
            case MaterialRejectedException e:
                return Problem(e.Reason == MaterialRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType, e.Message);
            case RequestRejectedException e:
                return Problem(e.StatusCode, e.Message);
            case BadHttpRequestException e:
                return Problem(e.StatusCode, e.Message);
            case IdentityProviderNotConfiguredException e:
                LogIdentityNotConfigured(logger, e.Message);
                return Problem(StatusCodes.Status503ServiceUnavailable, "The platform cannot check tokens: its identity provider is not configured. " + e.Message);
            case WorkCalendarYearMissingException e:
                LogCalendarGap(logger, e.Year);
                return Problem(StatusCodes.Status503ServiceUnavailable, e.Message);
            default:
                LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
                return Problem(StatusCodes.Status500InternalServerError, "The platform could not complete the request; it has been logged.");
        }
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Bearer tokens cannot be checked: {Reason}")]
    private static partial void LogIdentityNotConfigured(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The working-day calendar has no data for {Year}")]
    private static partial void LogCalendarGap(ILogger logger, int year);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
