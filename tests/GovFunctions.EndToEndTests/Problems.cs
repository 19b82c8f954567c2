using System.Net;
using System.Text.Json;

namespace GovFunctions.EndToEndTests;

internal static class Problems
{
    /// <summary>Asserts an RFC 9457 answer with the status, and returns its body.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The fields a 400 validation problem names.</summary>
    public static async Task<IReadOnlyList<string>> AssertValidationProblem(this HttpResponseMessage response)
    {
        var problem = await response.AssertProblem(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }
}
