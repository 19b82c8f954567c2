using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;

namespace GovFunctions.Benchmarks;

/// <summary>What a run measures: raw SDK calls on the emulators, and the API operations made of them.</summary>
public static class Measurements
{
    public const string PointRead = "raw Cosmos point read";
    public const string Upsert = "raw Cosmos upsert";
    public const string Query = "raw Cosmos single-partition query";
    public const string BlobUpload = "raw Blob upload 64 KB";
    public const string QueueSend = "raw Queue send";
    public const string QueueReceive = "raw Queue receive + delete";

    public static async Task<IReadOnlyList<Measurement>> CreateAsync(BenchmarkHost host, PortalFlow flow)
    {
        var container = host.Database.GetContainer("cases");
        var probe = new { id = "bench-probe", partitionKey = "bench", payload = new string('x', 2_000) };
        await container.UpsertItemAsync(probe, new PartitionKey("bench"));
        var blobs = host.Blobs.GetBlobContainerClient("bench-" + Guid.NewGuid().ToString("N")[..8]);
        await blobs.CreateIfNotExistsAsync();
        var block = new BinaryData(new byte[64 * 1024]);
        var queue = host.Queues.GetQueueClient("bench-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateIfNotExistsAsync();
        var (number, queryCode) = await flow.SubmitAsync();

        return
        [
            Measurement.Of(PointRead, null, _ => container.ReadItemAsync<object>(probe.id, new PartitionKey("bench"))),
            Measurement.Of(Upsert, null, i => container.UpsertItemAsync(new { id = "bench-" + i, partitionKey = "bench", payload = probe.payload }, new PartitionKey("bench"))),
            // The single-partition query the platform reads a case with (CosmosResponses.ReadOrNullAsync).
            Measurement.Of(Query, null, async _ =>
            {
                var query = new QueryDefinition("SELECT * FROM c WHERE c.partitionKey = @pk AND c.id = @id").WithParameter("@pk", "bench").WithParameter("@id", probe.id);
                using var feed = container.GetItemQueryIterator<JsonObject>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("bench"), MaxItemCount = 1 });
                await feed.ReadNextAsync();
            }),
            Measurement.Of(BlobUpload, null, i => blobs.GetBlobClient($"blob-{i}").UploadAsync(block, overwrite: true)),
            Measurement.Of(QueueSend, null, i => queue.SendMessageAsync("message " + i)),
            new(QueueReceive, null, async count =>
            {
                await Task.WhenAll(Enumerable.Range(0, count).Select(i => queue.SendMessageAsync("message " + i)));
                return async _ =>
                {
                    var message = (await queue.ReceiveMessageAsync()).Value;
                    if (message is not null)
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    }
                };
            }),
            Measurement.Of("ListServiceItems", Query, _ => Get(host.Anonymous, "/api/catalog/items?pageSize=20")),
            Measurement.Of("GetServiceItem", PointRead, _ => Get(host.Anonymous, $"/api/catalog/items/{PortalFlow.ItemCode}")),
            Measurement.Of("GetCase (applicant)", PointRead, _ => Get(flow.Applicant, $"/api/cases/{number}")),
            Measurement.Of("GetCase (staff)", PointRead, _ => Get(flow.Clerk, $"/api/cases/{number}")),
            Measurement.Of("GetPublicCaseStatus", PointRead, _ => Get(host.Anonymous, $"/api/public/cases/{number}/status?queryCode={queryCode}")),
            new("full submission (create, form, 3 uploads, submit)", Upsert, _ => Task.FromResult<Func<int, Task>>(_ => flow.SubmitAsync()), Share: 0.1),
            new("AcceptCase", Upsert, async count =>
            {
                var cases = await Prepared(count, flow.SubmitAsync);
                return i => flow.AcceptAsync(cases[i]);
            }, Share: 0.1),
            new("CompleteReviewStep", Upsert, async count =>
            {
                var cases = await Prepared(count, async () =>
                {
                    var (submitted, _) = await flow.SubmitAsync();
                    await flow.AcceptAsync(submitted);
                    return (submitted, "");
                });
                return i => flow.CompleteFirstStepAsync(cases[i]);
            }, Share: 0.1),
        ];
    }

    private static async Task<string[]> Prepared(int count, Func<Task<(string Number, string QueryCode)>> make)
    {
        var cases = new string[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = (await make()).Number;
        }

        return cases;
    }

    private static async Task Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync())}");
        }

        await response.Content.LoadIntoBufferAsync();
    }
}
