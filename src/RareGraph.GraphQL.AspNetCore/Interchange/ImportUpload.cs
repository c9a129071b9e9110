using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using RareGraph.Domain.Errors;
using RareGraph.Interchange.Import;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>
/// The files of one import request, spooled to temporary files as they arrive (never held in memory), with their size
/// and one SHA-256 over all of them in order. Deleted when disposed.
/// </summary>
internal sealed class ImportUpload : IDisposable
{
    private readonly List<(string Name, string Path)> _files = [];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly long _maxBytes;
    private long _bytes;

    private ImportUpload(long maxBytes) => _maxBytes = maxBytes;

    public IReadOnlyList<(string Name, string Path)> Files => _files;

    public static async Task<ImportUpload> ReceiveAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var upload = new ImportUpload(maxBytes);
        try
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
                    ?? throw RareGraphException.Validation("file", "A multipart request needs a boundary.");
                var reader = new MultipartReader(boundary, request.Body);
                while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
                {
                    var disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var parsed) ? parsed : null;
                    var name = disposition?.FileName.Value ?? disposition?.Name.Value ?? "file";
                    var field = disposition?.Name.Value ?? string.Empty;
                    await upload.SpoolAsync($"{field}|{name}", section.Body, cancellationToken);
                }
            }
            else
            {
                await upload.SpoolAsync("|" + (request.Query["name"].FirstOrDefault() ?? "upload"), request.Body, cancellationToken);
            }

            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    public ImportFile Describe(string name) => new(name, _bytes, Convert.ToHexStringLower(_hash.GetCurrentHash()));

    public void Dispose()
    {
        _hash.Dispose();
        foreach (var (_, path) in _files)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // The temporary directory is cleaned by the system anyway; a held file must not fail the request.
            }
        }
    }

    private async Task SpoolAsync(string name, Stream body, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "raregraph-import-" + Guid.NewGuid().ToString("N"));
        _files.Add((name, path));
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.Asynchronous);
        var buffer = new byte[65536];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            _bytes += read;
            if (_bytes > _maxBytes)
            {
                throw TooLarge(_maxBytes);
            }

            _hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static RareGraphException TooLarge(long maxBytes) =>
        RareGraphException.LimitExceeded($"The upload exceeds {maxBytes} bytes (RareGraph:Import:MaxBytes).", "file");
}
