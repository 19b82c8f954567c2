using GovFunctions.Core.Cases;

namespace GovFunctions.Benchmarks;

/// <summary>
/// Copies of a real case written straight through the platform's case store (untimed set-up): the same document with
/// its own case number, so a benchmark can stand up thousands of cases in the stage it needs without the API's cost.
/// </summary>
public static class CaseCopies
{
    private const int Concurrency = 16;

    /// <summary>
    /// The <paramref name="index"/>-th case number of copy set <paramref name="set"/>, like <paramref name="template"/>'s
    /// but dated in the year 2090 + set (so no two sets, and no real case, share one) with a suffix that spells the index.
    /// </summary>
    public static string Number(string template, int set, int index)
    {
        Span<char> suffix = stackalloc char[4];
        for (var i = suffix.Length - 1; i >= 0; i--, index /= CaseNumber.Alphabet.Length)
        {
            suffix[i] = CaseNumber.Alphabet[index % CaseNumber.Alphabet.Length];
        }

        return CaseNumber.Parse($"{2090 + set}0101000000{template[14..^4]}{suffix}").Value;
    }

    /// <summary>Writes copies <paramref name="from"/> to <paramref name="to"/> (exclusive) of set <paramref name="set"/> of <paramref name="template"/> with <paramref name="outbox"/>.</summary>
    public static async Task<IReadOnlyList<StoredCase>> WriteAsync(ICaseStore cases, CaseRecord template, int set, int from, int to, CaseOutbox outbox)
    {
        var stored = new StoredCase[to - from];
        var next = from - 1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
            {
                var number = Number(template.State.Number, set, i);
                var started = (DraftStarted)template.History[0] with { CaseNumber = number };
                var copy = template with { State = template.State with { Number = number }, History = [started, .. template.History.Skip(1)], Outbox = outbox };
                stored[i - from] = await cases.CreateAsync(copy, CancellationToken.None);
            }
        }));
        return stored;
    }
}
