using GovFunctions.Core.Cases;
using GovFunctions.Core.Materials;
using Microsoft.Net.Http.Headers;

namespace GovFunctions.Api.Http;

/// <summary>A file carried as the raw body of a request, and a stored one streamed back.</summary>
public static class MaterialFiles
{
    /// <summary>The name from Content-Disposition (filename*=UTF-8''… for Chinese names), if the client sent one.</summary>
    public static string? NameOf(HttpRequest request)
    {
        ContentDispositionHeaderValue.TryParse(request.Headers[HeaderNames.ContentDisposition].ToString(), out var disposition);
        return disposition?.FileNameStar.Value ?? disposition?.FileName.Value?.Trim('"');
    }

    /// <summary>Streams the file with its type, length, name and ETag = its SHA-256.</summary>
    public static IResult Download(HttpRequest request, MaterialRecord record, MaterialContent content)
    {
        request.HttpContext.Response.ContentLength = content.Size;
        return Results.Stream(content.Content, record.ContentType, record.FileName, entityTag: new EntityTagHeaderValue($"\"{record.Sha256}\""));
    }
}
