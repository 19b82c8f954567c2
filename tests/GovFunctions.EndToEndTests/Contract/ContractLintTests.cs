using System.Diagnostics;
using System.Text.Json;

namespace GovFunctions.EndToEndTests.Contract;

/// <summary>docs/openapi.json passes Spectral's OpenAPI and OWASP rules as .spectral.yaml sets them: no errors.</summary>
public sealed class ContractLintTests
{
    [Fact]
    public async Task The_committed_document_has_no_lint_errors()
    {
        var spectral = RepositoryFiles.PathOf("node_modules/.bin/spectral");
        Assert.True(File.Exists(spectral), "Spectral is not installed: run npm ci (scripts/test.sh does).");
        using var lint = Process.Start(new ProcessStartInfo(spectral,
            [
                "lint", CommittedContractTests.CommittedPath, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", "--fail-severity", "error",
            ])
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await lint.StandardOutput.ReadToEndAsync();
        var failure = await lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();

        var errors = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Where(d => d.GetProperty("severity").GetInt32() == 0)
            .Select(d => $"{d.GetProperty("code").GetString()} at {string.Join('.', d.GetProperty("path").EnumerateArray().Select(p => p.ToString()))}: {d.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Prepend($"{errors.Count} lint errors:")));
        Assert.True(lint.ExitCode == 0, $"spectral exited {lint.ExitCode}: {failure}");
    }
}
