using System.Net;
using System.Text;
using System.Text.Json;
using GovFunctions.Core.Calendar;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>电子监察 statistics over HTTP: counted as cases move, read by whom the rules allow, exported as CSV, public in aggregate, rebuilt.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class StatisticsEndToEndTests(LocalHostFixture host)
{
    private const string Lightning = "XK01001001-330300000000";   // 温州市气象局 accepts and decides
    private const string Window = "330300-QXJ";

    private readonly ReviewApiClient _api = new(host.BaseAddress);
    private readonly HttpClient _anonymous = new() { BaseAddress = host.BaseAddress };

    private static string ThisYear => ChinaTime.DateOf(DateTimeOffset.UtcNow).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_decided_case_is_counted_for_its_department_region_and_item()
    {
        var supervisor = await _api.Supervisor("330300");
        var query = $"/api/supervision/statistics?itemCode={Lightning}&period={ThisYear}";
        var before = (await Ok(await supervisor.GetAsync(query))).GetProperty("total");

        var number = await _api.SubmitCase(await _api.Applicant("applicant-" + Guid.NewGuid().ToString("N")[..8]), Lightning);
        await _api.Decide(number, Lightning, Window);

        var after = await EventuallyTotal(supervisor, query, t => t.GetProperty("approved").GetInt64() == before.GetProperty("approved").GetInt64() + 1);
        Assert.Equal(before.GetProperty("received").GetInt64() + 1, after.GetProperty("received").GetInt64());
        Assert.Equal(before.GetProperty("accepted").GetInt64() + 1, after.GetProperty("accepted").GetInt64());
        Assert.Equal(before.GetProperty("concludedOnTime").GetInt64() + 1, after.GetProperty("concludedOnTime").GetInt64());
        Assert.Equal(before.GetProperty("inProgress").GetInt64(), after.GetProperty("inProgress").GetInt64());
        Assert.Equal(1d, after.GetProperty("onlineShare").GetDouble());

        // Grouped: by department (the window's row), by month (twelve rows for the year, this month's holding the case).
        var byDepartment = await Ok(await supervisor.GetAsync($"{query}&groupBy=department"));
        Assert.Contains(byDepartment.GetProperty("rows").EnumerateArray(), r => r.GetProperty("group").GetString() == Window);
        var byMonth = await Ok(await supervisor.GetAsync($"{query}&groupBy=month"));
        Assert.Equal(12, byMonth.GetProperty("rows").GetArrayLength());
        Assert.Equal(after.GetProperty("received").GetInt64(), byMonth.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("indicators").GetProperty("received").GetInt64()));

        // The department's head reads their own department; the province's supervisor reads the city below.
        var head = await _api.Staff("approver", Window);
        Assert.Equal(Window, (await Ok(await head.GetAsync($"/api/supervision/statistics?period={ThisYear}"))).GetProperty("filter").GetProperty("departmentCode").GetString());
        await Ok(await (await _api.Supervisor("330000")).GetAsync($"{query}&regionCode=330300"));
    }

    [Fact]
    public async Task Only_supervisors_of_the_region_heads_of_the_department_and_admins_read_statistics()
    {
        var url = $"/api/supervision/statistics?period={ThisYear}";
        var elsewhere = await _api.Supervisor("350700");
        await AssertRefused(await elsewhere.GetAsync($"{url}&regionCode=330300"), HttpStatusCode.Forbidden);
        var own = await Ok(await elsewhere.GetAsync($"{url}&groupBy=department"));
        Assert.Equal("350700", own.GetProperty("filter").GetProperty("regionCode").GetString());
        Assert.DoesNotContain(own.GetProperty("rows").EnumerateArray(), r => r.GetProperty("group").GetString()!.StartsWith("3303", StringComparison.Ordinal));

        await AssertRefused(await (await _api.Staff("approver", Window)).GetAsync($"{url}&departmentCode=330000-QXJ"), HttpStatusCode.Forbidden);
        await AssertRefused(await (await _api.Staff("clerk", Window)).GetAsync(url), HttpStatusCode.Forbidden);
        await AssertRefused(await (await _api.Applicant("applicant-1")).GetAsync(url), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _anonymous.GetAsync($"/api/supervision/statistics/export?period={ThisYear}")).StatusCode);
        await Ok(await (await host.ClientFor("admin-1", ["admin"])).GetAsync(url));

        var supervisor = await _api.Supervisor("330300");
        foreach (var bad in new[] { "groupBy=week", "period=2026-13", "period=2026&from=2026-01-01", "from=2026-02-01&to=2026-01-01", "regionCode=3303000", "from=2025-01-01&to=2026-12-31" })
        {
            await AssertRefused(await supervisor.GetAsync($"/api/supervision/statistics?{bad}"), HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task The_export_is_csv_with_a_byte_order_mark_and_the_reports_figures()
    {
        var supervisor = await _api.Supervisor("330300");
        var report = await Ok(await supervisor.GetAsync($"/api/supervision/statistics?period={ThisYear}&groupBy=item"));

        var answer = await supervisor.GetAsync($"/api/supervision/statistics/export?period={ThisYear}&groupBy=item");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/csv", answer.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", answer.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("分组 group,收件 received,", lines[0], StringComparison.Ordinal);
        Assert.Equal($"合计 total,{report.GetProperty("total").GetProperty("received").GetInt64()}", string.Join(',', lines[1].Split(',').Take(2)));
        Assert.Equal(report.GetProperty("rows").GetArrayLength() + 2, lines.Length);
    }

    [Fact]
    public async Task Anyone_reads_a_months_aggregates_and_ratings_with_small_counts_hidden()
    {
        var applicant = await _api.Applicant("applicant-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(applicant, Lightning);
        await _api.Decide(number, Lightning, Window, "denied");
        await Ok(await RatingEndToEndTests.Rate(applicant, number, new { level = "dissatisfied", comment = "不予许可理由不清" }));
        var month = ChinaTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var supervisor = await _api.Supervisor("330300");
        await EventuallyTotal(supervisor, $"/api/supervision/statistics?itemCode={Lightning}&period={month}", t => t.GetProperty("denied").GetInt64() > 0 && t.GetProperty("poorRatings").GetInt64() > 0);

        var figures = await Ok(await _anonymous.GetAsync($"/api/public/statistics?departmentCode={Window}&month={month}"));

        var row = figures.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("itemCode").GetString() == Lightning);
        foreach (var count in new[] { "received", "accepted", "concluded", "approved", "denied" })
        {
            var text = row.GetProperty(count).GetString()!;
            Assert.True(text == "<5" || long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is 0 or >= 5, $"{count}: {text}");
        }

        Assert.NotEqual("0", row.GetProperty("denied").GetString());
        Assert.DoesNotContain("applicant", figures.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var ratings = await Ok(await _anonymous.GetAsync($"/api/public/ratings?departmentCode={Window}&month={month}"));
        var rated = ratings.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("itemCode").GetString() == Lightning);
        Assert.NotEqual("0", rated.GetProperty("poorRatings").GetString());
        var ranking = await Ok(await _anonymous.GetAsync($"/api/public/ratings?regionCode=330300&month={month}"));
        Assert.Contains(ranking.GetProperty("rows").EnumerateArray(), r => r.GetProperty("departmentCode").GetString() == Window && r.GetProperty("itemCode").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain("不予许可理由不清", ratings.GetRawText() + ranking.GetRawText(), StringComparison.Ordinal);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/ratings?regionCode=330300&departmentCode={Window}"), HttpStatusCode.BadRequest);

        await AssertRefused(await _anonymous.GetAsync("/api/public/statistics"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/statistics?departmentCode={Window}&itemCode={Lightning}"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/statistics?departmentCode={Window}&month=2026-13"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/statistics?departmentCode={Window}&month={ChinaTime.DateOf(DateTimeOffset.UtcNow).AddMonths(2):yyyy-MM}"), HttpStatusCode.BadRequest);
        Assert.Empty((await Ok(await _anonymous.GetAsync("/api/public/statistics?departmentCode=999999-NONE"))).GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task An_admin_rebuilds_the_counters_from_the_histories_and_they_come_out_the_same()
    {
        var admin = await host.ClientFor("admin-1", ["admin"]);
        await AssertRefused(await (await _api.Supervisor("330300")).PostAsync("/api/operations/statistics/rebuild", null), HttpStatusCode.Forbidden);

        // Counting may still be under way for earlier tests' cases: compare a report read before and after, until quiet.
        for (var attempt = 1; ; attempt++)
        {
            var before = (await Ok(await admin.GetAsync($"/api/supervision/statistics?period={ThisYear}&groupBy=department"))).GetRawText();
            var rebuilt = await Ok(await admin.PostAsync("/api/operations/statistics/rebuild", null));
            Assert.True(rebuilt.GetProperty("cases").GetInt32() > 0);
            var after = (await Ok(await admin.GetAsync($"/api/supervision/statistics?period={ThisYear}&groupBy=department"))).GetRawText();
            if (before == after || attempt == 5)
            {
                Assert.Equal(before, after);
                return;
            }

            await Task.Delay(500);
        }
    }
}
