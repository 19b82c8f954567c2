namespace GovFunctions.Core.Disclosure;

/// <summary>
/// 信息处理费 (政府信息公开条例 Art. 42; 国办函〔2020〕109号): charged only where quantity or frequency clearly exceeds a
/// reasonable range, by one of two methods, never both for one request. Per request (按件): a requester's requests of one
/// natural month — the first 10 free, the 11th to the 30th ¥100 each, and from the 31st the price rising ¥100 with every
/// further band of 10 (31–40 ¥200, 41–50 ¥300 …). Per page (按量), cumulative by band within one request: 30 pages
/// free, pages 31–100 ¥10, 101–200 ¥20, above 200 ¥40.
/// </summary>
public static class DisclosureFee
{
    public const string PerRequest = "perRequest";
    public const string PerPage = "perPage";

    /// <summary>The fee of a requester's <paramref name="ordinal"/>-th request of a month, in yuan.</summary>
    public static int ForRequest(int ordinal) => ordinal switch
    {
        <= 10 => 0,
        <= 30 => 100,
        _ => 100 + (100 * (int)Math.Ceiling((ordinal - 30) / 10.0)),
    };

    /// <summary>The fee of one request of <paramref name="pages"/> pages, in yuan: each band's pages at its price.</summary>
    public static int ForPages(int pages) =>
        (10 * Math.Clamp(pages - 30, 0, 70)) + (20 * Math.Clamp(pages - 100, 0, 100)) + (40 * Math.Max(pages - 200, 0));
}
