using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Security;
using RareGraph.Interchange.Import;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>
/// <c>POST /import[?dryRun=true]</c> (EDITOR and up): a GraphML file, the CSV pair as multipart/form-data, Cytoscape
/// JSON or an .xlsx workbook, streamed to disk (no GraphQL size limits; <see cref="ImportOptions.MaxBytes"/>, else 413),
/// then imported in one transaction. A dry run answers the report without writing; an import with problems is a 400
/// naming the first of them, and writes nothing.
/// </summary>
internal sealed partial class ImportEndpoint(GraphImporter importer, IOptions<ImportOptions> options, ILogger<ImportEndpoint> logger)
{
    private const int ListedErrors = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext http)
    {
        if (await InterchangeResponses.RefuseBelowAsync(http, RareGraphRoles.Editor))
        {
            return;
        }

        // This endpoint enforces its own, larger, limit while it streams the body to disk.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var dryRun = string.Equals(http.Request.Query["dryRun"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        try
        {
            using var upload = await ImportUpload.ReceiveAsync(http.Request, options.Value.MaxBytes, http.RequestAborted);
            var source = ImportSources.For(upload.Files, http.Request.Query["format"].FirstOrDefault());
            var file = upload.Describe(string.Join(" + ", upload.Files.Select(f => f.Name[(f.Name.IndexOf('|', StringComparison.Ordinal) + 1)..])));
            string actor;
            using (CallerScope.Enter(http.User))
            {
                actor = CallerScope.Actor;
            }

            var report = await importer.ImportAsync(source, file, actor, dryRun, http.RequestAborted);
            if (report.ProblemCount > 0 && !dryRun)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            var errors = report.Problems.Take(ListedErrors).Select(p => new
            {
                message = $"{p.Where}: {p.Message}",
                extensions = new { code = p.Code, where = p.Where, field = p.Field },
            });
            await JsonSerializer.SerializeAsync(
                http.Response.Body,
                report.ProblemCount > 0 && !dryRun ? new { errors, report } : (object)new { report },
                Json,
                http.RequestAborted);
        }
        catch (RareGraphException error) when (!http.Response.HasStarted)
        {
            await InterchangeResponses.WriteErrorAsync(http, error);
        }
        catch (Exception fault) when (fault is not OperationCanceledException && !http.Response.HasStarted)
        {
            LogFailed(logger, fault);
            await InterchangeResponses.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "The import failed; nothing was written.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An import failed")]
    private static partial void LogFailed(ILogger logger, Exception fault);
}
