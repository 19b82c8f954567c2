using System.Globalization;

namespace GovFunctions.Core.Statistics;

/// <summary>A report as CSV (RFC 4180): a header of Chinese and English names, the total, then one line per row.</summary>
public static class StatisticsCsv
{
    private static readonly IReadOnlyList<(string Header, Func<StatisticsIndicators, object?> Value)> Columns =
    [
        ("收件 received", i => i.Received),
        ("受理 accepted", i => i.Accepted),
        ("不予受理 notAccepted", i => i.NotAccepted),
        ("撤回 withdrawn", i => i.Withdrawn),
        ("办结 concluded", i => i.Concluded),
        ("准予 approved", i => i.Approved),
        ("不予许可 denied", i => i.Denied),
        ("送达 delivered", i => i.Delivered),
        ("在办 inProgress", i => i.InProgress),
        ("按时办结 concludedOnTime", i => i.ConcludedOnTime),
        ("超期办结 concludedOverdue", i => i.ConcludedOverdue),
        ("按时办结率 onTimeRate", i => i.OnTimeRate),
        ("超期在办 overdueOpen", i => i.OverdueOpen),
        ("黄灯在办 yellowOpen", i => i.YellowOpen),
        ("红灯在办 redOpen", i => i.RedOpen),
        ("平均用时 reviewDaysMean", i => i.ReviewDays.Mean),
        ("用时中位数 reviewDaysMedian", i => i.ReviewDays.Median),
        ("用时P90 reviewDaysP90", i => i.ReviewDays.P90),
        ("平均承诺时限 meanPromised", i => i.ReviewDays.MeanPromised),
        ("平均法定时限 meanStatutory", i => i.ReviewDays.MeanStatutory),
        ("提速率 speedUpRate", i => i.ReviewDays.SpeedUpRate),
        ("即办件占比 immediateShare", i => i.ImmediateShare),
        ("预审通过率 preReviewPassRate", i => i.PreReviewPassRate),
        ("补正率 supplementRate", i => i.SupplementRate),
        ("中止 suspensions", i => i.Suspensions),
        ("中止工作日 suspendedWorkingDays", i => i.SuspendedWorkingDays),
        ("延期 extensions", i => i.Extensions),
        ("督促升级 escalations", i => i.Escalations.Values.Sum()),
        ("网办率 onlineShare", i => i.OnlineShare),
        ("黄牌 yellowCards", i => i.YellowCards),
        ("红牌 redCards", i => i.RedCards),
        ("督办单 noticesIssued", i => i.NoticesIssued),
        ("督办逾期答复 noticesAnsweredLate", i => i.NoticesAnsweredLate),
        ("评价数 rated", i => i.Rated),
        ("评议率 evaluationRate", i => i.EvaluationRate),
        ("满意率 satisfactionRate", i => i.SatisfactionRate),
        ("差评 poorRatings", i => i.PoorRatings),
        ("差评按时整改率 rectifiedOnTimeRate", i => i.RectifiedOnTimeRate),
        ("投诉 complaintsFiled", i => i.ComplaintsFiled),
        ("投诉办结 complaintsClosed", i => i.ComplaintsClosed),
        ("投诉按时办结 complaintsClosedOnTime", i => i.ComplaintsClosedOnTime),
    ];

    public static IEnumerable<string> Lines(StatisticsReport report)
    {
        yield return Line(["分组 group", .. Columns.Select(c => c.Header)]);
        yield return Line(["合计 total", .. Values(report.Total)]);
        foreach (var row in report.Rows)
        {
            yield return Line([row.Group, .. Values(row.Indicators)]);
        }
    }

    private static IEnumerable<string> Values(StatisticsIndicators indicators) =>
        Columns.Select(c => Convert.ToString(c.Value(indicators), CultureInfo.InvariantCulture) ?? "");

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quoted)) + "\r\n";

    /// <summary>Quoted when it holds a separator, a quote or a line break; a leading formula character is defused for spreadsheets.</summary>
    private static string Quoted(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
