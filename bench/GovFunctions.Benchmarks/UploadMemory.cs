using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GovFunctions.IntegrationTests;

namespace GovFunctions.Benchmarks;

/// <summary>Uploads of large materials: throughput and the process's working set before, at its peak and after (the client and LocalHost share the process).</summary>
public sealed record MemoryFigures(string Name, double MegabytesPerSecond, double WorkingSetBeforeMb, double WorkingSetPeakMb, double WorkingSetAfterMb);

public static class UploadMemory
{
    // 建设项目环境影响报告书审批: slot M02 takes a PDF of up to 200 MB.
    private const string ItemCode = "XK02001001-330300000000";
    private const string Slot = "M02";
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(20);

    /// <summary><paramref name="parallel"/> drafts each uploading <paramref name="megabytes"/> MB at once.</summary>
    public static async Task<MemoryFigures> MeasureAsync(HttpClient applicant, int parallel, int megabytes)
    {
        var drafts = new List<string>();
        for (var i = 0; i < parallel; i++)
        {
            var created = await PortalFlow.Ok(await applicant.PostAsJsonAsync("/api/cases", new { itemCode = ItemCode }));
            drafts.Add(created.GetProperty("case").GetProperty("number").GetString()!);
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = WorkingSetMb(process);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, WorkingSetMb(process));
                await Task.Delay(Sampling);
            }
        });
        var run = Stopwatch.StartNew();
        await Task.WhenAll(drafts.Select(async number =>
        {
            // Made as it is read: the client holds no copy of the file.
            var content = new StreamContent(new GeneratedStream("%PDF-1.4\n"u8.ToArray(), megabytes * 1024L * 1024));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = "报告书.pdf" };
            await PortalFlow.Ok(await applicant.PutAsync($"/api/cases/{number}/materials/{Slot}", content));
        }));
        run.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new MemoryFigures($"{parallel} × {megabytes} MB upload{(parallel > 1 ? "s at once" : "")}", parallel * megabytes / run.Elapsed.TotalSeconds, before, peak, WorkingSetMb(process));
    }

    private static double WorkingSetMb(Process process)
    {
        process.Refresh();
        return process.WorkingSet64 / (1024.0 * 1024);
    }
}
