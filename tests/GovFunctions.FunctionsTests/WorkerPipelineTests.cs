using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GovFunctions.Api.Identity;
using GovFunctions.Core.Errors;
using GovFunctions.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovFunctions.FunctionsTests;

/// <summary>
/// The worker's HTTP pipeline as the SDK runs it: the problem middleware around the bearer-token middleware around a
/// function, on a real <see cref="FunctionContext"/> carrying the ASP.NET Core request the way the HTTP extension
/// hands it over (its <c>HttpRequestContext</c> item).
/// </summary>
public sealed class WorkerPipelineTests
{
    private static readonly AuthOptions Auth = new()
    {
        Issuer = "https://login.example/tenant/v2.0",
        Audience = "govfunctions-api",
        DevelopmentSigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a-test-signing-key-of-thirty-two-bytes!!")),
    };

    private static string Token(DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Auth.Issuer,
        Audience = Auth.Audience,
        NotBefore = expires.AddHours(-2),
        IssuedAt = expires.AddHours(-2),
        Expires = expires,
        Claims = new Dictionary<string, object> { ["sub"] = "clerk-1", ["roles"] = "clerk" },
        SigningCredentials = new SigningCredentials(BearerTokenParameters.DevelopmentKey(Auth), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>Runs the pipeline for one request; the function answers who the caller is.</summary>
    private static async Task<(int Status, string ContentType, JsonElement Body, HttpResponse Response)> Run(string? token, Func<ClaimsPrincipal, object>? function = null)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        if (token is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + token;
        }

        var context = new TestFunctionContext(http);
        var security = new SecurityHeadersMiddleware();
        var problems = new ProblemMiddleware(NullLogger<ProblemMiddleware>.Instance);
        var bearer = new BearerAuthenticationMiddleware(new BearerTokenValidator(Options.Create(Auth)));
        await security.Invoke(context, s => problems.Invoke(s, c => bearer.Invoke(c, async _ =>
        {
            var answer = (function ?? (user => new { caller = CallerClaims.Require(user).Subject }))(http.User);
            await Results.Ok(answer).ExecuteAsync(http);
        })));

        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, http.Response.ContentType ?? "", JsonDocument.Parse(http.Response.Body).RootElement.Clone(), http.Response);
    }

    [Fact]
    public async Task A_valid_token_reaches_the_function_as_its_caller()
    {
        var (status, _, body, response) = await Run(Token(DateTime.UtcNow.AddHours(1)));

        Assert.Equal(200, status);
        Assert.Equal("clerk-1", body.GetProperty("caller").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_one_without_a_token_may_be_cached()
    {
        var (status, _, _, response) = await Run(token: null, _ => throw new NotFoundException("There is no case 1."));

        Assert.Equal(404, status);
        Assert.Equal("nosniff", response.Headers.XContentTypeOptions.ToString());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("DENY", response.Headers.XFrameOptions.ToString());
        Assert.Empty(response.Headers.CacheControl.ToString());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("expired")]
    [InlineData(null)]
    public async Task A_bad_expired_or_missing_token_answers_401_problem_json(string? token)
    {
        var (status, contentType, body, response) = await Run(token == "expired" ? Token(DateTime.UtcNow.AddHours(-1)) : token);

        Assert.Equal(401, status);
        Assert.StartsWith("application/problem+json", contentType);
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        Assert.Equal("Bearer", response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task A_refusal_answers_with_its_status_and_reason_as_LocalHost_does()
    {
        var (status, contentType, body, _) = await Run(Token(DateTime.UtcNow.AddHours(1)), _ => throw new ConflictException("Case 1 is suspended; resume it first."));

        Assert.Equal((409, "Case 1 is suspended; resume it first."), (status, body.GetProperty("detail").GetString()));
        Assert.StartsWith("application/problem+json", contentType);
    }

    [Fact]
    public async Task An_unexpected_exception_answers_500_problem_json_without_its_message_or_stack_trace()
    {
        var (status, contentType, body, _) = await Run(Token(DateTime.UtcNow.AddHours(1)),
            _ => throw new InvalidOperationException("connection string AccountKey=secret at Some.Internal.Method()"));

        Assert.Equal(500, status);
        Assert.StartsWith("application/problem+json", contentType);
        var text = body.GetRawText();
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("Some.Internal", text);
        Assert.Equal("The platform could not complete the request; it has been logged.", body.GetProperty("detail").GetString());
    }

    /// <summary>A function invocation's context as the worker builds it, carrying the HTTP request under the extension's key.</summary>
    private sealed class TestFunctionContext(HttpContext http) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString();
        public override string FunctionId { get; } = "GetCase";
        public override TraceContext TraceContext => null!;
        public override BindingContext BindingContext => null!;
        public override RetryContext RetryContext => null!;
        public override IServiceProvider InstanceServices { get; set; } = http.RequestServices;
        public override FunctionDefinition FunctionDefinition => null!;
        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };
        public override IInvocationFeatures Features => null!;
        public override CancellationToken CancellationToken => http.RequestAborted;
    }

    [Fact]
    public async Task A_providers_own_claim_names_are_read_into_the_platforms_and_a_token_without_roles_is_refused()
    {
        var options = new AuthOptions
        {
            Issuer = Auth.Issuer, Audience = Auth.Audience, DevelopmentSigningKey = Auth.DevelopmentSigningKey,
            RoleClaim = "groups", DepartmentClaim = "org_unit", RegionClaim = "division", CreditCodeClaim = "uscc",
        };
        var validator = new BearerTokenValidator(Options.Create(options));
        string Signed(Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Auth.Issuer,
            Audience = Auth.Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(BearerTokenParameters.DevelopmentKey(Auth), SecurityAlgorithms.HmacSha256),
        });

        var principal = await validator.ValidateAsync(Signed(new()
        {
            ["sub"] = "zhang-1", ["groups"] = "clerk reviewer", ["org_unit"] = "350700-STHJJ", ["division"] = "350700", ["uscc"] = "11350700004157637X",
        }), CancellationToken.None);
        var caller = CallerClaims.Require(principal);
        Assert.Equal(["Clerk", "Reviewer"], caller.Roles.Select(r => r.ToString()).Order());
        Assert.Equal(("350700-STHJJ", "350700", "11350700004157637X"), (caller.DepartmentCode, caller.RegionCode, caller.CreditCode));

        // The platform's own names mean nothing to a provider that uses others: no role, no entry.
        Assert.Null(await validator.ValidateAsync(Signed(new() { ["sub"] = "zhang-1", ["roles"] = "clerk" }), CancellationToken.None));
        Assert.Null(await validator.ValidateAsync(Signed(new() { ["groups"] = "clerk" }), CancellationToken.None));
    }
}
