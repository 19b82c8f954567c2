using GovFunctions.Api.Identity;
using GovFunctions.Core.Identity;

namespace GovFunctions.Api.Http;

/// <summary>
/// A command on a record that is not an application (a complaint, a supervision file, a disclosure request): the
/// caller, the body within its limit, If-Match; answered with the record's view and its version as the ETag.
/// </summary>
public static class RecordCommands
{
    public const long Limit = 64 * 1024;

    public static async Task<IResult> RunAsync<TCommand, TView>(
        HttpRequest request, Func<Caller, TCommand, int?, Task<TView>> apply, Func<TView, int> versionOf, CancellationToken cancellationToken)
        where TCommand : class
    {
        var caller = CallerClaims.Require(request.HttpContext.User);
        var body = await JsonBody.ReadAsync<TCommand>(request, cancellationToken, Limit);
        var view = await apply(caller, body, ETags.IfMatchVersion(request));
        return ETags.WithVersion(request.HttpContext, versionOf(view), Results.Ok(view));
    }
}
