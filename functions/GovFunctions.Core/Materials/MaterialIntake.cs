using GovFunctions.Core.Catalog;
using GovFunctions.Core.IO;

namespace GovFunctions.Core.Materials;

/// <summary>
/// Takes an uploaded file for a material slot: decides its type from its first bytes against the slot's
/// accepted types, enforces the slot's size limit while streaming, and stores it. A refused file leaves
/// nothing behind.
/// </summary>
public sealed class MaterialIntake(IMaterialStore store)
{
    public async Task<StoredMaterial> AcceptAsync(string caseNumber, MaterialRequirement slot, Stream content, CancellationToken cancellationToken)
    {
        var header = new byte[MaterialTypeSniffer.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var sniffed = MaterialTypeSniffer.Sniff(header.AsSpan(0, headerLength));
        if (sniffed is null || !slot.AcceptedFileTypes.Contains(sniffed.FileType))
        {
            throw new MaterialRejectedException(MaterialRejection.UnsupportedType,
                $"{slot.Name} ({slot.Id}) takes {string.Join(", ", slot.AcceptedFileTypes)} files; this file's content is {(sniffed is null ? "none of those" : sniffed.FileType)}.");
        }

        var limit = slot.MaxSizeBytes;
        var body = new LimitedReadStream(new PrefixedStream(header.AsMemory(0, headerLength), content), limit, () =>
            new MaterialRejectedException(MaterialRejection.TooLarge, $"{slot.Name} ({slot.Id}) takes files of at most {slot.MaxSizeMb} MB."));
        return await store.SaveAsync(caseNumber, body, sniffed.ContentType, cancellationToken);
    }
}
