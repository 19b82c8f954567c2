using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovFunctions.Core.Calendar;
using GovFunctions.Core.Cases;
using static GovFunctions.EndToEndTests.ReviewApiClient;

namespace GovFunctions.EndToEndTests;

/// <summary>结果公示 over HTTP: decided cases published per item and department, natural persons de-identified, nothing personal in any public answer.</summary>
[Collection(LocalHostCollection.Name)]
public sealed partial class PublishedResultsEndToEndTests(LocalHostFixture host)
{
    private const string Observation = "XK01003000-330000000000";   // 温州 accepts and reviews, 浙江省气象局 reviews and decides; persons may apply
    private const string Window = "330300-QXJ";
    private const string Deciding = "330000-QXJ";
    private const string NoCriminalRecord = "QR06001000-330302000000";   // a proof about a person: not published

    private static readonly string[] GivenNames = ["子涵", "欣怡", "浩宇", "梓萱", "俊杰", "雨桐", "宇轩", "思远"];
    private static readonly string[] Surnames = ["欧阳", "诸葛", "王", "李", "张", "刘", "陈", "杨"];

    private readonly ReviewApiClient _api = new(host.BaseAddress);
    private readonly HttpClient _anonymous = new() { BaseAddress = host.BaseAddress };

    private sealed record Applicant(string Type, string Name, string IdentityNumber, string Phone)
    {
        public bool IsPerson => Type == "自然人";
    }

    private static Applicant NewPerson()
    {
        var name = Surnames[Random.Shared.Next(Surnames.Length)] + GivenNames[Random.Shared.Next(GivenNames.Length)] + (char)Random.Shared.Next(0x4E00, 0x9FA5);
        var body = $"330302{Random.Shared.Next(1960, 2005)}{Random.Shared.Next(1, 13):D2}{Random.Shared.Next(1, 29):D2}{Random.Shared.Next(0, 1000):D3}";
        return new Applicant("自然人", name, "0123456789X".Select(c => body + c).First(ChineseIdentifiers.IsValidIdCardNumber), $"139{Random.Shared.Next(10_000_000, 99_999_999)}");
    }

    private static Applicant NewCompany()
    {
        var body = "91330302MA" + Random.Shared.Next(1_000_000, 9_999_999);
        return new Applicant("企业法人", $"温州{(char)Random.Shared.Next(0x4E00, 0x9FA5)}{(char)Random.Shared.Next(0x4E00, 0x9FA5)}科技有限公司",
            "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body + c).First(ChineseIdentifiers.IsValidCreditCode), $"138{Random.Shared.Next(10_000_000, 99_999_999)}");
    }

    /// <summary>Files the case as <paramref name="who"/> and takes it through every step to a decision; answers its number, query code and applicant.</summary>
    private async Task<(string Number, string QueryCode, HttpClient Applicant)> Decided(string itemCode, Applicant who, string outcome, string window)
    {
        var applicant = await _api.Applicant("applicant-" + Guid.NewGuid().ToString("N")[..10]);
        var guide = await Ok(await applicant.GetAsync($"/api/catalog/items/{itemCode}"));
        var created = await Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode }));
        var number = created.GetProperty("case").GetProperty("number").GetString()!;
        await Ok(await applicant.PutAsJsonAsync($"/api/cases/{number}/form", new
        {
            applicantType = who.Type, applicantName = who.Name, identityNumber = who.IdentityNumber,
            contactName = who.Name, contactPhone = who.Phone, address = "温州市鹿城区五马街1号", matter = "申请事项",
        }));
        foreach (var slot in guide.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("required").GetBoolean()))
        {
            await Ok(await Upload(applicant, number, slot.GetProperty("id").GetString()!));
        }

        var submitted = await Ok(await applicant.PostAsync($"/api/cases/{number}/submission", null));
        await _api.Decide(number, itemCode, window, outcome);
        return (number, submitted.GetProperty("case").GetProperty("queryCode").GetString()!, applicant);
    }

    private async Task<List<JsonElement>> Published(string query)
    {
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await Ok(await _anonymous.GetAsync($"/api/public/results?{query}&pageSize=100" + (token is null ? "" : $"&continuationToken={token}")));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return items;
    }

    private async Task<JsonElement?> EventuallyPublished(string query, string number)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await Published(query)).FirstOrDefault(r => r.GetProperty("caseNumber").GetString() == number) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }

    [Fact]
    public async Task Decisions_are_published_per_item_and_department_organisations_in_full_persons_masked()
    {
        var person = NewPerson();
        var company = NewCompany();
        var (personsCase, _, _) = await Decided(Observation, person, "approved", Window);
        var (companysCase, _, _) = await Decided(Observation, company, "denied", Window);

        var byPerson = (await EventuallyPublished($"itemCode={Observation}", personsCase))!.Value;
        Assert.Equal(person.Name[..1] + new string('*', person.Name.Length - 1), byPerson.GetProperty("applicantName").GetString());
        Assert.Equal(JsonValueKind.Null, byPerson.GetProperty("applicantCreditCode").ValueKind);
        Assert.Equal("approved", byPerson.GetProperty("outcome").GetString());
        Assert.Equal("新建、扩建、改建建设工程避免危害气象探测环境审批", byPerson.GetProperty("itemName").GetString());
        Assert.Equal(Deciding, byPerson.GetProperty("departmentCode").GetString());
        Assert.Equal(0, byPerson.GetProperty("workingDaysUsed").GetInt32());
        Assert.True(byPerson.GetProperty("limitWorkingDays").GetInt32() > 0);

        var byCompany = (await EventuallyPublished($"departmentCode={Deciding}", companysCase))!.Value;
        Assert.Equal(company.Name, byCompany.GetProperty("applicantName").GetString());
        Assert.Equal(company.IdentityNumber, byCompany.GetProperty("applicantCreditCode").GetString());
        Assert.Equal("denied", byCompany.GetProperty("outcome").GetString());
        Assert.StartsWith("浙气审〔2026〕", byCompany.GetProperty("resultDocument").GetString());

        // Only the deciding department lists them; a period without the decision day lists neither.
        Assert.DoesNotContain(await Published($"departmentCode={Window}"), r => r.GetProperty("caseNumber").GetString() == personsCase);
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        Assert.DoesNotContain(await Published($"itemCode={Observation}&from={today.AddDays(-40):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"), r => r.GetProperty("caseNumber").GetString() == personsCase);

        // Exactly one of item and department; a real period of at most 366 days.
        await AssertRefused(await _anonymous.GetAsync("/api/public/results"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/results?itemCode={Observation}&departmentCode={Deciding}"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/results?itemCode={Observation}&from=2027-02-30"), HttpStatusCode.BadRequest);
        await AssertRefused(await _anonymous.GetAsync($"/api/public/results?itemCode={Observation}&from=2025-01-01&to=2026-12-31"), HttpStatusCode.BadRequest);
        Assert.Empty(await Published("itemCode=XK99999999-330300000000"));
    }

    [Fact]
    public async Task An_item_that_does_not_publish_lists_none_of_its_decisions()
    {
        var (number, _, _) = await Decided(NoCriminalRecord, NewPerson(), "approved", "330302-GAFJ");
        await EventuallyInWorkList(await _api.Staff("clerk", "330302-GAFJ", "window"), number, present: true);

        Assert.DoesNotContain(await Published($"itemCode={NoCriminalRecord}"), r => r.GetProperty("caseNumber").GetString() == number);
        Assert.DoesNotContain(await Published("departmentCode=330302-GAFJ"), r => r.GetProperty("caseNumber").GetString() == number);
    }

    /// <summary>
    /// A couple of hundred decided cases of persons and companies, then every public answer about them — the published
    /// results by item and by department, the public statistics and ratings, the published complaints of a few of them (which their
    /// authors wrote their own name, identity number and phone into), every case's public status — scanned for a valid ID card
    /// number, a mobile number, or a person's full name.
    /// </summary>
    [Fact]
    public async Task No_public_answer_carries_an_identity_number_a_phone_or_a_persons_full_name()
    {
        var applicants = Enumerable.Range(0, 200).Select(i => i % 3 == 2 ? NewCompany() : NewPerson()).ToList();
        var cases = new (string Number, string QueryCode, HttpClient Applicant)[applicants.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, applicants.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            cases[i] = await Decided(Observation, applicants[i], i % 4 == 0 ? "denied" : "approved", Window));
        await EventuallyPublished($"itemCode={Observation}", cases[^1].Number);

        // Persons complain about their cases, writing their own name, identity number and phone, and agree to publication.
        var supervisor = await _api.Supervisor("330300");
        var head = await _api.Staff("approver", Window, "head");
        var complaints = new List<string>();
        foreach (var i in Enumerable.Range(0, applicants.Count).Where(i => applicants[i].IsPerson).Take(3))
        {
            var who = applicants[i];
            var filed = await Ok(await cases[i].Applicant.PostAsJsonAsync("/api/complaints", new
            {
                about = "case", caseNumber = cases[i].Number, publishable = true, text = $"我是{who.Name}，身份证{who.IdentityNumber}，电话{who.Phone}，办理太慢。",
            }));
            var complaint = filed.GetProperty("number").GetString()!;
            await Ok(await supervisor.PostAsJsonAsync($"/api/complaints/{complaint}/acceptance", new { text = "受理" }));
            await Ok(await supervisor.PostAsJsonAsync($"/api/complaints/{complaint}/assignment", new { departmentCode = Window }));
            await Ok(await head.PostAsJsonAsync($"/api/complaints/{complaint}/answer", new { text = $"已电话联系{who.Name}（{who.Phone}），致歉并说明办理进度。" }));
            await Ok(await supervisor.PostAsJsonAsync($"/api/complaints/{complaint}/closure", new { text = "办结" }));
            complaints.Add(complaint);
        }

        var publishedComplaints = "";
        for (var attempt = 0; attempt < 100 && !complaints.All(publishedComplaints.Contains); attempt++)
        {
            await Task.Delay(50);
            publishedComplaints = (await Ok(await _anonymous.GetAsync($"/api/public/complaints?departmentCode={Window}&pageSize=100"))).GetRawText();
        }

        var answers = new List<string>
        {
            JsonSerializer.Serialize(await Published($"itemCode={Observation}")),
            JsonSerializer.Serialize(await Published($"departmentCode={Deciding}")),
            (await Ok(await _anonymous.GetAsync($"/api/public/statistics?itemCode={Observation}"))).GetRawText(),
            (await Ok(await _anonymous.GetAsync($"/api/public/statistics?departmentCode={Window}"))).GetRawText(),
            (await Ok(await _anonymous.GetAsync($"/api/public/ratings?departmentCode={Window}"))).GetRawText(),
            publishedComplaints,
        };
        foreach (var (number, queryCode, _) in cases)
        {
            answers.Add((await Ok(await PublicStatus(number, queryCode))).GetRawText());
        }

        var text = Regex.Unescape(string.Join('\n', answers));
        Assert.True(cases.All(c => text.Contains(c.Number, StringComparison.Ordinal)), "every case is in the public answers");
        Assert.True(complaints.All(c => text.Contains(c, StringComparison.Ordinal)), "every complaint is published");
        Assert.DoesNotContain(IdCardLike().Matches(text).Select(m => m.Value), ChineseIdentifiers.IsValidIdCardNumber);
        Assert.Empty(MobileLike().Matches(text).Select(m => m.Value));
        Assert.DoesNotContain(applicants, a => a.IsPerson && text.Contains(a.Name, StringComparison.Ordinal));
        Assert.Contains(applicants.First(a => !a.IsPerson).Name, text, StringComparison.Ordinal);
    }

    /// <summary>The public status query, waiting out its per-address quota (other tests of the host query it too).</summary>
    private async Task<HttpResponseMessage> PublicStatus(string number, string queryCode)
    {
        while (true)
        {
            var answer = await _anonymous.GetAsync($"/api/public/cases/{number}/status?queryCode={queryCode}");
            if (answer.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return answer;
            }

            await Task.Delay(answer.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdCardLike();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileLike();
}
