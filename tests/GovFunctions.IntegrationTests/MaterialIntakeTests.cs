using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GovFunctions.Azure.Blobs;
using GovFunctions.Core.Catalog;
using GovFunctions.Core.Materials;
using Xunit.Abstractions;

namespace GovFunctions.IntegrationTests;

/// <summary>Runs alone (no other test allocating in parallel) so the process-wide allocation count measures the upload.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}

[Collection(MemoryMeasurementCollection.Name)]
public sealed class MaterialIntakeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string CaseNumber = "20261123133012-330300-XK01001001-7K3F";

    // Real file starts: a 1×1 PNG, a 1×1 baseline JPEG (JFIF) and a minimal PDF.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static readonly byte[] Jpeg = Convert.FromBase64String("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
    // A Windows executable's DOS header, uploaded under a .pdf name.
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    private static readonly MaterialRequirement PdfOrImage = new()
    {
        Id = "M03", Name = "设计中所采用的防雷产品相关说明", Required = true, Form = "复印件", AcceptedFileTypes = ["pdf", "jpg", "png"], MaxSizeMb = 25,
    };

    private readonly BlobContainerClient _container = new BlobServiceClient(Emulators.StorageConnectionString)
        .GetBlobContainerClient("it-intake-" + Guid.NewGuid().ToString("N")[..12]);

    private MaterialIntake Intake => new(new BlobMaterialStore(_container));

    public async Task InitializeAsync() => await _container.CreateAsync();

    public async Task DisposeAsync() => await _container.DeleteAsync();

    private async Task<int> BlobCount()
    {
        var count = 0;
        await foreach (var _ in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, default))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    public async Task Real_files_are_taken_with_the_type_their_content_shows(string type, string contentType)
    {
        var bytes = type switch { "pdf" => Pdf, "png" => Png, _ => Jpeg };

        var stored = await Intake.AcceptAsync(CaseNumber, PdfOrImage, new MemoryStream(bytes), default);

        Assert.Equal((contentType, (long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), (stored.ContentType, stored.Size, stored.Sha256));
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_and_leaves_no_blob()
    {
        var refused = await Assert.ThrowsAsync<MaterialRejectedException>(() =>
            Intake.AcceptAsync(CaseNumber, PdfOrImage, new MemoryStream(Executable), default));

        Assert.Equal(MaterialRejection.UnsupportedType, refused.Reason);
        Assert.Equal(0, await BlobCount());
    }

    [Fact]
    public async Task A_type_the_slot_does_not_take_is_refused()
    {
        var pdfOnly = PdfOrImage with { AcceptedFileTypes = ["pdf"] };

        var refused = await Assert.ThrowsAsync<MaterialRejectedException>(() => Intake.AcceptAsync(CaseNumber, pdfOnly, new MemoryStream(Png), default));

        Assert.Equal(MaterialRejection.UnsupportedType, refused.Reason);
    }

    [Fact]
    public async Task A_file_over_the_slot_limit_is_refused_while_streaming_and_leaves_no_blob()
    {
        var oneMb = PdfOrImage with { MaxSizeMb = 1 };

        var refused = await Assert.ThrowsAsync<MaterialRejectedException>(() =>
            Intake.AcceptAsync(CaseNumber, oneMb, new GeneratedStream(Pdf, 1024 * 1024 + 1), default));

        Assert.Equal(MaterialRejection.TooLarge, refused.Reason);
        Assert.Equal(0, await BlobCount());
    }

    [Fact]
    public async Task A_20_MB_upload_streams_without_holding_the_file_in_memory()
    {
        const long size = 20L * 1024 * 1024;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var stored = await Intake.AcceptAsync(CaseNumber, PdfOrImage, new GeneratedStream(Pdf, size), default);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"20 MB upload: {allocated / 1024.0 / 1024.0:F1} MB allocated in the process while streaming it");
        Assert.Equal(size, stored.Size);
        var properties = await _container.GetBlobClient($"{CaseNumber}/{stored.Sha256}").GetPropertiesAsync();
        Assert.Equal(size, properties.Value.ContentLength);
        // Buffers are reused: far less is allocated than the file's size (a buffered upload allocates more than 20 MB).
        Assert.True(allocated < size / 4, $"{allocated:N0} bytes allocated for a {size:N0}-byte upload");
    }
}
