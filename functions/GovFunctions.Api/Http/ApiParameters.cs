using GovFunctions.Core.Cases;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Paging;

namespace GovFunctions.Api.Http;

/// <summary>A text parameter (query string or header): what it means and the bounds the handler holds it to (the document shows the same).</summary>
public sealed record TextParameter(string Name, string Description, int MaxLength, IReadOnlyList<string>? Values = null);

/// <summary>A whole-number query parameter and its range.</summary>
public sealed record IntegerParameter(string Name, string Description, int Minimum, int Maximum);

/// <summary>Every query and header parameter the operations read, in one place: handlers read them through these, endpoints declare them from these.</summary>
public static class ApiParameters
{
    public static readonly IntegerParameter PageSize = new("pageSize", $"Entries per page, 1 to {PageRequest.MaxPageSize} (default {PageRequest.DefaultPageSize}).", 1, PageRequest.MaxPageSize);

    public static readonly TextParameter ContinuationToken = new("continuationToken", "The continuationToken of the previous page, as it was.", PageRequest.MaxTokenLength);

    public static readonly TextParameter Department = new("department", "Department code of the deciding authority, e.g. 330300-QXJ.", 40);

    public static readonly TextParameter ItemType = new("type", "Item type.", 10, [.. CatalogVocabulary.ItemTypes]);

    public static readonly TextParameter Region = new("region", "Region code (6 digits); includes every region below it (330000 finds all of 浙江).", 6);

    public static readonly TextParameter OnlineLevel = new("onlineLevel", "How far the item is handled online.", 10, [.. CatalogVocabulary.OnlineLevels]);

    public static readonly TextParameter Keyword = new("keyword", "Text to look for in the item name.", 50);

    public static readonly IntegerParameter WorkListPageSize = new("pageSize", $"Lines per page, 1 to {PageRequest.MaxPageSize} (default {PageRequest.MaxPageSize}).", 1, PageRequest.MaxPageSize);
    public static readonly TextParameter WorkRole = new("role", "Which of the token's roles to list for (default: the first of these it has).", 10, ["clerk", "reviewer", "approver", "supervisor"]);

    public static readonly TextParameter QueryCodeParameter = new("queryCode", "The case's query code (查询码), as printed on the receipt.", QueryCode.Length);

    public static readonly TextParameter IdempotencyKey = new("Idempotency-Key", "Any string unique to this request (a UUID): a retry with the same key and body answers the case or record as it is instead of doing it twice; the same key with another body is 422.", 100);

    public static readonly TextParameter IfMatch = new("If-Match", "The ETag of the view this change was decided on; a newer version answers 412.", 80);

    public static readonly TextParameter CalendarRegion = new("region", "Region code (6 digits) whose overlays to include (default: national).", 6);

    public static readonly TextParameter AuditCase = new("caseNumber", "The case whose audit records to list.", 40);

    public static readonly TextParameter AuditSubject = new("subject", "The account (token subject) whose requests to list.", 200);

    public static readonly TextParameter From = new("from", "First Beijing day, yyyy-MM-dd (default: 29 days before 'to').", 10);

    public static readonly TextParameter To = new("to", "Last Beijing day, yyyy-MM-dd (default: today).", 10);

    public static readonly TextParameter PublishedItem = new("itemCode", "The service item whose published decisions to list.", 40);

    public static readonly TextParameter DepartmentCode = new("departmentCode", "A department code, e.g. 330300-QXJ.", 40);

    public static readonly TextParameter RegionCode = new("regionCode", "A region code (6 digits), e.g. 330300.", 6);

    public static readonly TextParameter ItemCode = new("itemCode", "A service item code, e.g. 330300-QXJ-XK-001.", 40);

    public static readonly TextParameter StatisticsPeriod = new("period", "A year (2026), a quarter (2026-Q4), a month (2026-11) or a day (2026-11-05); or leave it out and give 'from'/'to'.", 10);

    public static readonly TextParameter StatisticsGroupBy = new("groupBy", "Rows by department, item, region (the case's) or month; none: the total alone (default).", 10,
        ["none", "department", "item", "region", "month"]);

    public static readonly TextParameter Month = new("month", "The month, yyyy-MM (default: this month so far).", 7);

    public static readonly IntegerParameter ReportYear = new("year", "The year of the report, from 2019.", 2019, 9999);
}
