using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using GovFunctions.Core.Calendar;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>A LocalHost whose Development clock starts on Monday 28 December 2026, with no 2027 notice published yet.</summary>
public sealed class YearEndHostFixture() : ClockedHostFixture("2026-12-28T09:00:00+08:00");

/// <summary>Cases accepted on provisional 2027 days; the 2027 notice published by an administrator re-reckons them.</summary>
public sealed class CalendarEndToEndTests(YearEndHostFixture host) : IClassFixture<YearEndHostFixture>
{
    private const string Lightning = "XK01001001-330300000000"; // promised 5 working days
    private const string Wenzhou = "330300-QXJ";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly ReviewApiClient _api = new(host.BaseAddress);

    private static DateTimeOffset Midnight(int year, int month, int day) => new(year, month, day, 0, 0, 0, Beijing);

    /// <summary>A synthetic 2027 notice: the law's days, the days made up for weekends, and Monday 4 January as a bridging day.</summary>
    private static object Notice2027(params string[] extra) => new
    {
        holidays = StatutoryHolidays.ProvisionalYear(2027).Holidays.Select(d => d.ToString("yyyy-MM-dd")).Concat(extra).Distinct().ToArray(),
        adjustedWorkdays = Array.Empty<string>(),
        notice = new { documentNumber = "国办发明电〔2026〕99号", title = "国务院办公厅关于2027年部分节假日安排的通知（测试）", publishedOn = "2026-12-28" },
    };

    [Fact]
    public async Task A_published_notice_re_reckons_open_cases_flags_clear_and_alarms_fire_on_the_new_days()
    {
        var applicant = await _api.Applicant("company-" + Guid.NewGuid().ToString("N")[..8]);
        var number = await _api.SubmitCase(applicant, Lightning);
        var clerk = await _api.Staff("clerk", Wenzhou);
        var admin = await host.ClientFor("admin-1", ["admin"]);

        // Accepted on Monday 28 December: 5 working days run to Tuesday 5 January 2027, a year without a notice.
        var accepted = await Ok(await Command(clerk, number, "acceptance"));
        Assert.Equal(Midnight(2027, 1, 6), accepted.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        Assert.True(accepted.GetProperty("clock").GetProperty("provisional").GetBoolean());
        var queryCode = (await Get(applicant, number)).GetProperty("case").GetProperty("queryCode").GetString();
        var status = await Ok(await host.Client.GetAsync($"/api/public/cases/{number}/status?queryCode={queryCode}"));
        Assert.True(status.GetProperty("deadlineProvisional").GetBoolean());

        // Bad notices are refused, naming each field, and change nothing.
        var bad = await admin.PutAsJsonAsync("/api/calendar/years/2027", new
        {
            holidays = new[] { "2027-01-01", "2026-12-31", "not-a-date" },
            adjustedWorkdays = new[] { "2027-01-06" },
            notice = new { documentNumber = "", title = "x", publishedOn = "2026-12-28" },
        });
        var problem = await bad.AssertProblem(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "holidays[1]", "holidays[2]", "adjustedWorkdays[0]", "holidays", "notice.documentNumber" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        await (await (await _api.Staff("approver", Wenzhou)).PutAsJsonAsync("/api/calendar/years/2027", Notice2027("2027-01-04"))).AssertProblem(HttpStatusCode.Forbidden);
        Assert.DoesNotContain("deadlinesRereckoned", await History(applicant, number));

        // Published: the bridging Monday moves the deadline a day later, no longer provisional.
        var published = await Ok(await admin.PutAsJsonAsync("/api/calendar/years/2027", Notice2027("2027-01-04")));
        Assert.Equal((1, false), (published.GetProperty("publication").GetProperty("version").GetInt32(), published.GetProperty("replay").GetBoolean()));
        Assert.True(published.GetProperty("casesRereckoned").GetInt32() >= 1);
        var view = await Get(clerk, number);
        Assert.Equal(Midnight(2027, 1, 7), view.GetProperty("clock").GetProperty("deadline").GetDateTimeOffset());
        Assert.False(view.GetProperty("clock").GetProperty("provisional").GetBoolean());
        var rereckoned = (await Get(applicant, number)).GetProperty("history").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "deadlinesRereckoned");
        Assert.Equal("国办发明电〔2026〕99号", rereckoned.GetProperty("noticeNumber").GetString());
        var change = rereckoned.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("deadline").GetString() == "review");
        Assert.Equal((Midnight(2027, 1, 6), Midnight(2027, 1, 7)), (change.GetProperty("from").GetDateTimeOffset(), change.GetProperty("to").GetDateTimeOffset()));

        // The province is told.
        var queue = new QueueServiceClient("UseDevelopmentStorage=true").GetQueueClient(host.Settings["ProvinceQueues:QueuePrefix"] + "330000");
        await Eventually(async () => (await queue.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString().Contains("caseDeadlinesChanged") && m.Body.ToString().Contains(number)));

        // Sending the same notice again is a replay; the public year reads as published.
        var replay = await Ok(await admin.PutAsJsonAsync("/api/calendar/years/2027", Notice2027("2027-01-04")));
        Assert.Equal((1, true, 0), (replay.GetProperty("publication").GetProperty("version").GetInt32(), replay.GetProperty("replay").GetBoolean(),
            replay.GetProperty("casesRereckoned").GetInt32()));
        var year = await Ok(await host.Client.GetAsync("/api/calendar/years/2027"));
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Contains("2027-01-04", year.GetProperty("weekdayHolidays").EnumerateArray().Select(d => d.GetString()));

        // Alarms run on the new days: not overdue at the old deadline, overdue once at the new one.
        await host.MoveClockTo(Midnight(2027, 1, 6).AddMinutes(1));
        Assert.DoesNotContain("clockOverdue", await History(applicant, number));
        await host.MoveClockTo(Midnight(2027, 1, 7).AddMinutes(1));
        Assert.Single(await History(applicant, number), t => t == "clockOverdue");
        Assert.Single(await History(applicant, number), t => t == "clockWarned");
    }

    [Fact]
    public async Task Years_ahead_read_as_provisional_with_the_festivals_of_the_law()
    {
        var list = await Ok(await host.Client.GetAsync("/api/calendar/years"));
        var years = list.GetProperty("years").EnumerateArray().ToList();
        Assert.Contains(years, y => y.GetProperty("year").GetInt32() == 2026 && !y.GetProperty("provisional").GetBoolean());
        Assert.Contains(years, y => y.GetProperty("year").GetInt32() == 2028 && y.GetProperty("provisional").GetBoolean());

        var year = await Ok(await host.Client.GetAsync("/api/calendar/years/2028"));
        Assert.True(year.GetProperty("provisional").GetBoolean());
        Assert.Equal(7, year.GetProperty("statutoryHolidays").GetArrayLength());
        Assert.Contains("2028-10-04", year.GetProperty("weekdayHolidays").EnumerateArray().Select(d => d.GetString()));

        await (await host.Client.GetAsync("/api/calendar/years/2101")).AssertProblem(HttpStatusCode.NotFound);
        await (await host.Client.GetAsync("/api/calendar/years/20x7")).AssertProblem(HttpStatusCode.NotFound);
        await (await host.Client.GetAsync("/api/calendar/years/2027?region=999999")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_regional_holiday_moves_the_clocks_of_its_region_only()
    {
        var admin = await host.ClientFor("admin-1", ["admin"]);
        // Synthetic: 瑞安 (330381) closes on Wednesday 30 December 2026.
        var overlay = await Ok(await admin.PutAsJsonAsync("/api/calendar/years/2026", new
        {
            regionCode = "330381",
            holidays = new[] { "2026-12-30" },
            adjustedWorkdays = Array.Empty<string>(),
            notice = new { documentNumber = "瑞政办发〔2026〕1号", title = "瑞安市地方节日安排（测试）", publishedOn = "2026-12-28" },
        }));
        Assert.Equal("330381", overlay.GetProperty("publication").GetProperty("regionCode").GetString());

        var ruian = await Ok(await host.Client.GetAsync("/api/calendar/years/2026?region=330381"));
        Assert.Contains("2026-12-30", ruian.GetProperty("weekdayHolidays").EnumerateArray().Select(d => d.GetString()));
        var wenzhou = await Ok(await host.Client.GetAsync("/api/calendar/years/2026?region=330300"));
        Assert.DoesNotContain("2026-12-30", wenzhou.GetProperty("weekdayHolidays").EnumerateArray().Select(d => d.GetString()));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("The condition did not hold in time.");
    }
}
