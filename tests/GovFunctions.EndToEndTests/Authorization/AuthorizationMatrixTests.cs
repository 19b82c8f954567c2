using System.Text;
using System.Text.Json.Nodes;
using GovFunctions.EndToEndTests.Contract;

namespace GovFunctions.EndToEndTests.Authorization;

/// <summary>
/// Every operation of the contract, called over HTTP by every kind of caller, against prepared cases: the answers
/// must be exactly those of <c>authorization-matrix.csv</c> (a new operation without its row fails), no caller outside
/// an operation's roles gets a 2xx, and nobody learns of a case or certificate that is not theirs from a 2xx.
/// Run with <c>UPDATE_AUTH_MATRIX=1</c> to rewrite the file from what LocalHost answers; review the diff like code.
/// </summary>
[Collection(PreparedHostCollection.Name)]
public sealed class AuthorizationMatrixTests(PreparedHostFixture host)
{
    public const string MatrixPath = "tests/GovFunctions.EndToEndTests/Authorization/authorization-matrix.csv";
    private static readonly string[] Callers = PreparedHostFixture.Callers;

    [Fact]
    public async Task Every_operation_answers_every_kind_of_caller_as_the_matrix_says()
    {
        var operations = PreparedHostFixture.Operations();
        var actual = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, method, path, hasBody) in operations)
        {
            var row = new string[Callers.Length];
            for (var i = 0; i < Callers.Length; i++)
            {
                using var request = PreparedHostFixture.Request(method, host.Fill(path), hasBody, name);
                row[i] = ((int)(await host.Clients[Callers[i]].SendAsync(request)).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            actual[name] = row;
        }

        var text = Render(actual);
        var file = RepositoryFiles.PathOf(MatrixPath);
        if (System.Environment.GetEnvironmentVariable("UPDATE_AUTH_MATRIX") == "1")
        {
            await File.WriteAllTextAsync(file, text);
        }

        Assert.Equal(await File.ReadAllTextAsync(file), text);
        AssertNoneBeyondItsRoles(actual, operations);
    }

    /// <summary>
    /// What holds whatever the file says: a 2xx only for a caller the contract names for the operation (its "Callers:"
    /// sentence: anyone, or the roles); never a 2xx for a stranger to the case.
    /// </summary>
    private static void AssertNoneBeyondItsRoles(SortedDictionary<string, string[]> actual, IReadOnlyList<ContractOperation> operations)
    {
        var contract = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/openapi.json")))!;
        foreach (var (name, method, path, _) in operations)
        {
            var description = (string?)contract["paths"]![path]![method.ToLowerInvariant()]!["description"] ?? "";
            var callers = description[(description.LastIndexOf("Callers:", StringComparison.Ordinal) + 1)..];
            var anyone = callers.Contains("anyone", StringComparison.Ordinal);
            for (var i = 0; i < Callers.Length; i++)
            {
                if (!actual[name][i].StartsWith('2'))
                {
                    continue;
                }

                Assert.True(anyone || callers.Contains(RoleOf(Callers[i]), StringComparison.Ordinal), $"{name} answered {actual[name][i]} to {Callers[i]}, whom the contract does not name");
                Assert.False(path.Contains("{caseNumber}", StringComparison.Ordinal) && !path.Contains("/public/", StringComparison.Ordinal) && Callers[i].StartsWith("other", StringComparison.Ordinal),
                    $"{name} answered {actual[name][i]} to {Callers[i]}, a stranger to the case");
            }
        }
    }

    private static string RoleOf(string caller) => caller switch
    {
        "owner" or "otherApplicant" => "applicant",
        _ when caller.StartsWith("other", StringComparison.Ordinal) => caller["other".Length..].ToLowerInvariant(),
        _ => caller,
    };

    private static string Render(SortedDictionary<string, string[]> matrix)
    {
        var text = new StringBuilder("operation,").AppendJoin(',', Callers).Append('\n');
        foreach (var (operation, row) in matrix)
        {
            text.Append(operation).Append(',').AppendJoin(',', row).Append('\n');
        }

        return text.ToString();
    }
}
