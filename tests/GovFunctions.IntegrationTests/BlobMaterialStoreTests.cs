using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GovFunctions.Azure.Blobs;

namespace GovFunctions.IntegrationTests;

public sealed class BlobMaterialStoreTests : IAsyncLifetime
{
    private readonly BlobContainerClient _container = new BlobServiceClient(Emulators.StorageConnectionString)
        .GetBlobContainerClient("it-materials-" + Guid.NewGuid().ToString("N")[..12]);

    public async Task InitializeAsync() => await _container.CreateAsync();

    public async Task DisposeAsync() => await _container.DeleteAsync();

    [Fact]
    public async Task A_material_round_trips_under_its_case_and_hash()
    {
        var store = new BlobMaterialStore(_container);
        var bytes = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);

        var stored = await store.SaveAsync("330300-XK01001001-20261123-000001", new MemoryStream(bytes), "application/pdf", default);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.True(await _container.GetBlobClient($"330300-XK01001001-20261123-000001/{stored.Sha256}").ExistsAsync());

        var opened = await store.OpenAsync("330300-XK01001001-20261123-000001", stored.Sha256, default);
        Assert.NotNull(opened);
        Assert.Equal(("application/pdf", (long)bytes.Length), (opened.ContentType, opened.Size));
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task The_same_bytes_twice_are_one_blob()
    {
        var store = new BlobMaterialStore(_container);
        var bytes = RandomNumberGenerator.GetBytes(1024);

        var first = await store.SaveAsync("case-a", new MemoryStream(bytes), "image/png", default);
        var second = await store.SaveAsync("case-a", new MemoryStream(bytes), "image/png", default);

        Assert.Equal(first, second);
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, "case-a/", default))
        {
            names.Add(blob.Name);
        }

        Assert.Single(names);
    }

    [Fact]
    public async Task A_material_of_another_case_is_not_found()
    {
        var store = new BlobMaterialStore(_container);
        var stored = await store.SaveAsync("case-a", new MemoryStream([1, 2, 3]), "application/pdf", default);

        Assert.Null(await store.OpenAsync("case-b", stored.Sha256, default));
    }
}
