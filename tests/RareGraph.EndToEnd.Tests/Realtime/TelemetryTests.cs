using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// Reads what the real server exports (OpenTelemetry in-memory exporter): the operation span and metrics carry the
/// operation's name and type and error codes, and never a variable value or a defender's identity.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    private const string LegalName = "Zsofia Secretlegalname";
    private const string Pseudonym = "Falcon-Pseudonym-7";
    private const string VariableValue = "org:variable-value-must-not-leak";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-realtime", Guid.NewGuid().ToString("N"));

    public TelemetryTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Spans_And_Metrics_Name_Operations_But_Hold_No_Variable_Or_Defender_Identity()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        Dictionary<string, object> resource;
        using (var server = new ReplicaServer(Path.Combine(_directory, "telemetry.db"), redis: null, services =>
               {
                   // Without an OTLP endpoint the server records no spans; an exporter of the test's own records them all.
                   services.ConfigureOpenTelemetryTracerProvider((_, tracing) => tracing.AddInMemoryExporter(spans).SetSampler(new AlwaysOnSampler()));
                   services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
               }))
        {
            var written = await server.PostAsync(
                "mutation SeedDefender($legal: String!, $name: String!) { "
                + "upsertJurisdiction(input: {key: \"jur:tel\", name: \"Telemetry\", code: \"DE\"}) { changed } "
                + "upsertOrganisation(input: {key: \"org:tel\", name: \"Telemetry NGO\", kind: NGO, basedInKey: \"jur:tel\"}) { changed } "
                + "upsertDefender(input: {key: \"def:tel\", displayName: $name, legalName: $legal}) { defender { key } } }",
                new JsonObject { ["legal"] = LegalName, ["name"] = Pseudonym });
            Assert.True(written["errors"] is null, written.ToJsonString());

            await server.PostAsync(
                "query ExposureOfUnknown($o: String!) { exposure(organisationKey: $o) { nodes { score } } }",
                new JsonObject { ["o"] = VariableValue });
            await server.PostAsync("query ExposureOfKnown { exposure(organisationKey: \"org:tel\") { nodes { score } } }");
            await server.PostAsync("query Defenders { defenders(first: 5) { nodes { displayName legalName } } }");
            using var get = await server.Http.GetAsync(
                $"graphql?query={Uri.EscapeDataString("query Lookup($k: String!) { entity(key: $k) { key } }")}&variables={Uri.EscapeDataString($"{{\"k\":\"{VariableValue}\"}}")}");
            Assert.True(get.IsSuccessStatusCode);

            resource = server.Services.GetRequiredService<TracerProvider>().GetResource().Attributes.ToDictionary(a => a.Key, a => a.Value);

            // Export now rather than rely on disposal order: the periodic metric reader may not have run yet. The result
            // is not asserted: the Prometheus reader, being pulled, reports false for a push-style flush.
            server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
            server.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);

            // Stop both providers here: the periodic metric reader exports on its own thread, and one export still
            // appending to the list while it is read below failed this test once ("collection was modified").
            // Disposing twice (again with the host) is allowed.
            server.Services.GetRequiredService<MeterProvider>().Dispose();
            server.Services.GetRequiredService<TracerProvider>().Dispose();
        }

        var operation = spans.Where(s => s.Source.Name == "RareGraph" && s.OperationName == "graphql.operation").ToList();
        Assert.Contains(operation, s => Tag(s, "graphql.operation.name") == "SeedDefender" && Tag(s, "graphql.operation.type") == "mutation");
        Assert.Contains(operation, s => Tag(s, "graphql.operation.name") == "ExposureOfUnknown" && s.Status == ActivityStatusCode.Error
            && s.Events.Any(e => e.Name == "graphql.error" && e.Tags.Any(t => t.Key == "code" && (string?)t.Value == "NOT_FOUND")));
        Assert.Contains(spans, s => s.Source.Name == "RareGraph" && s.OperationName.StartsWith("analysis", StringComparison.Ordinal));

        Assert.Equal("raregraph", resource["service.name"]);
        Assert.False(string.IsNullOrEmpty(resource["service.version"] as string));
        var store = spans.Where(s => s.Source.Name == "RareGraph.Storage").ToList();
        Assert.Contains(store, s => s.OperationName == "store.ListEntities" && Tag(s, "db.system.name") == "sqlite" && s.GetTagItem("raregraph.store.rows") is int);
        Assert.Contains(store, s => s.OperationName == "store.Apply" && Tag(s, "db.operation.name") == "Apply");

        var names = metrics.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("raregraph.graphql.request.duration", names);
        Assert.Contains("raregraph.graphql.errors", names);

        foreach (var text in SpanTexts(spans).Concat(MetricTexts(metrics)))
        {
            Assert.DoesNotContain(VariableValue, text, StringComparison.Ordinal);
            Assert.DoesNotContain(LegalName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Pseudonym, text, StringComparison.Ordinal);
            Assert.DoesNotContain("def:tel", text, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name) as string;

    private static IEnumerable<string> SpanTexts(IEnumerable<Activity> spans)
    {
        foreach (var span in spans)
        {
            yield return span.DisplayName;
            yield return span.StatusDescription ?? "";
            foreach (var tag in span.TagObjects)
            {
                yield return $"{tag.Key}={tag.Value}";
            }

            foreach (var e in span.Events)
            {
                yield return e.Name;
                foreach (var tag in e.Tags)
                {
                    yield return $"{tag.Key}={tag.Value}";
                }
            }
        }
    }

    private static List<string> MetricTexts(IEnumerable<Metric> metrics)
    {
        var texts = new List<string>();
        foreach (var metric in metrics)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    texts.Add($"{metric.Name}:{tag.Key}={tag.Value}");
                }
            }
        }

        return texts;
    }
}
