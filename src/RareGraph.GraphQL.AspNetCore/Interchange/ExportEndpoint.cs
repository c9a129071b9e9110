using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Security;
using RareGraph.Interchange.Export;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Redaction;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>
/// <c>GET /export/{file}</c>: the graph as GraphML, GEXF, Cytoscape JSON or the Gephi CSV pair, and an impact report as
/// CSV, GraphML or GEXF; ANALYST and up. Streamed as it is read from the store. Restricted defender fields are written
/// only for EDITOR and up, and only unredacted; below EDITOR every file is redacted and holds no camp attendance.
/// </summary>
internal sealed partial class ExportEndpoint(GraphExporter graphs, ImpactExporter impacts, TimeProvider time, ILogger<ExportEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http, string file)
    {
        if (await InterchangeResponses.RefuseBelowAsync(http, RareGraphRoles.Analyst))
        {
            return;
        }

        var format = FormatOf(file);
        if (format is null)
        {
            await InterchangeResponses.WriteErrorAsync(
                http,
                StatusCodes.Status404NotFound,
                ErrorCodes.NotFound,
                "Export graph.graphml, graph.gexf, graph.cyjs, nodes.csv, relationships.csv, impact.csv, impact.graphml or impact.gexf.");
            return;
        }

        var arguments = new ExportArguments(http.Request.Query);
        try
        {
            var privacy = PrivacyOf(http, arguments);
            if (file.StartsWith("impact.", StringComparison.Ordinal))
            {
                await ExportImpactAsync(http, file, format, arguments, privacy);
            }
            else
            {
                var request = new GraphExportRequest(arguments.At, arguments.Types, arguments.Kinds, arguments.MinConfidence, arguments.Metrics, privacy);
                var document = await graphs.PrepareAsync(request, http.RequestAborted);
                InterchangeResponses.Attach(http, format.MediaType, $"raregraph-{Stamp(arguments.At)}-{file}");
                await format.WriteAsync(document, http.Response.Body, http.RequestAborted);
            }
        }
        catch (RareGraphException error) when (!http.Response.HasStarted)
        {
            await InterchangeResponses.WriteErrorAsync(http, error);
        }
        catch (Exception fault) when (fault is not OperationCanceledException && !http.Response.HasStarted)
        {
            LogFailed(logger, fault);
            await InterchangeResponses.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "The export failed; nothing was sent.");
        }
    }

    private async Task ExportImpactAsync(HttpContext http, string file, IExportFormat format, ExportArguments arguments, ExportPrivacy privacy)
    {
        var request = new ImpactExportRequest(arguments.Threat, arguments.Impact(), privacy);
        var name = $"impact-{request.ThreatKey}-{Stamp(arguments.At)}{Path.GetExtension(file)}";
        if (format is NodesCsvFormat)
        {
            // The analysis runs before the first byte, so a bad threat is still a clean 404.
            await impacts.AnalyzeAsync(request, http.RequestAborted);
            InterchangeResponses.Attach(http, "text/csv", name);
            await impacts.WriteCsvAsync(request, http.Response.Body, http.RequestAborted);
            return;
        }

        var document = await impacts.PrepareGraphAsync(request, http.RequestAborted);
        InterchangeResponses.Attach(http, format.MediaType, name);
        await format.WriteAsync(document, http.Response.Body, http.RequestAborted);
    }

    /// <summary>
    /// What the caller's role may see, as GraphQL decides it: restricted defender fields and attendance for EDITOR and up.
    /// Below that, attendance is absent from the file, and naming PARTICIPATES_IN in <c>types</c> is FORBIDDEN, as in the
    /// <c>relationships</c> query.
    /// </summary>
    private static ExportPrivacy PrivacyOf(HttpContext http, ExportArguments arguments)
    {
        var attendance = RareGraphRoles.CanSeeAttendance(http.User);
        if (!attendance && arguments.Types?.Contains(RelationshipType.ParticipatesIn) == true)
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not read camp or programme attendance.", "types");
        }

        return ExportPrivacy.For(RareGraphRoles.CanSeeRestrictedDefenderData(http.User), arguments.Redact, attendance);
    }

    private IExportFormat? FormatOf(string file) => file switch
    {
        "graph.graphml" or "impact.graphml" => new GraphMlFormat(),
        "graph.gexf" or "impact.gexf" => new GexfFormat(time),
        "graph.cyjs" => new CytoscapeJsonFormat(),
        "nodes.csv" or "impact.csv" => new NodesCsvFormat(),
        "relationships.csv" => new RelationshipsCsvFormat(),
        _ => null,
    };

    private string Stamp(DateOnly? at) =>
        (at ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "An export failed before its first byte")]
    private static partial void LogFailed(ILogger logger, Exception fault);
}
