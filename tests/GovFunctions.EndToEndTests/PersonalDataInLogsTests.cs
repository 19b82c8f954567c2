using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// The portal, staff and certificate flows with recognisable personal data, every log line LocalHost writes (every
/// category, Debug and up) kept, then searched: no ID number, phone, address or natural person's name may be in one.
/// </summary>
public sealed class PersonalDataInLogsTests
{
    private const string Item = "QR06001000-330302000000";
    private const string Police = "330302-GAFJ";
    private static readonly string[] PersonalData = ["11010519491231002X", "13912345678", "欧阳娜娜", "鹿城区测试路88号", "欧阳", "02X"];

    [Fact]
    public async Task No_log_line_carries_an_applicants_personal_data()
    {
        var lines = new ConcurrentQueue<string>();
        var settings = LocalHostFixture.IsolatedSettings("logs", "2026-03-02T09:00:00+08:00");
        settings["Logging:LogLevel:Default"] = "Debug";
        settings["Logging:LogLevel:Microsoft"] = "Debug";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Debug";
        var app = await LocalHostFixture.StartAsync(settings, builder => builder.Logging.AddProvider(new KeepingProvider(lines)));
        try
        {
            var api = new ReviewApiClient(LocalHostFixture.AddressOf(app));
            var applicant = await api.Applicant("person-logs");
            var number = (await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = Item }))).GetProperty("case").GetProperty("number").GetString()!;
            await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new
            {
                applicantType = "自然人", applicantName = "欧阳娜娜", identityNumber = "11010519491231002X",
                contactName = "欧阳娜娜", contactPhone = "13912345678", address = "温州市鹿城区测试路88号", matter = "出国留学所需",
            }));
            await Upload(applicant, number, "M01");
            await Upload(applicant, number, "M02");
            await Ok(await applicant.PostAsync($"/api/cases/{number}/submission", null));
            var clerk = await api.Staff("clerk", Police);
            await Ok(await Command(clerk, number, "acceptance"));
            await Get(clerk, number);
            await Ok(await clerk.PostAsJsonAsync("/api/case-searches", new { identityNumber = "11010519491231002X" }));
            await Ok(await Command(await api.Staff("reviewer", Police), number, "step-completion", new { outcome = "forward", opinion = "经查询无犯罪记录" }));
            await Ok(await Command(await api.Staff("approver", Police), number, "decision", new
            {
                outcome = "approved", legalBasis = new[] { "《公安机关办理无犯罪记录证明工作规定》第三条" }, reasons = "未发现犯罪记录", resultDocument = "鹿公证〔2026〕9号",
            }));
            var certificate = (await Get(applicant, number)).GetProperty("case").GetProperty("certificates")[0];
            var file = await Ok(await applicant.GetAsync($"/api/certificates/{certificate.GetProperty("identifier").GetString()}"));
            var verifier = await LocalHostFixture.ClientFor(LocalHostFixture.AddressOf(app), "bank-1", ["verifier"], creditCode: "91350100M000100Y43");
            await Ok(await verifier.PostAsJsonAsync("/api/public/certificate-verifications", new { document = file, reasonOfUse = "个人贷款审核" }));
            // A refused form echoes nothing back into the logs either.
            await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new { identityNumber = "11010519491231002X", contactPhone = "13912345678" });
        }
        finally
        {
            await LocalHostFixture.StopAndDeleteAsync(app);
        }

        Assert.True(lines.Count > 50, $"only {lines.Count} log lines were kept");
        Assert.Contains(lines, l => l.Contains("Case ", StringComparison.Ordinal));
        var leaks = lines.Where(l => PersonalData.Any(p => l.Contains(p, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "personal data in the logs:\n" + string.Join("\n", leaks.Take(5)));
    }

    private sealed class KeepingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Keeping(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class Keeping(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
