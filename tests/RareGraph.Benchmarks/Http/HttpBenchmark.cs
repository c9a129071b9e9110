using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using RareGraph.Benchmarks.Generation;
using RareGraph.Benchmarks.Measurement;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Http;

/// <summary>
/// The server as dashboards feel it, over real HTTP on loopback: the production pipeline answering a trivial query and a
/// dashboard's nested read, each as a ratio of a bare Kestrel endpoint's requests per second measured in the same run
/// with the same client, and the latency of impact queries over HTTP on the generated graph.
/// </summary>
internal sealed class HttpBenchmark(BenchmarkOptions options, ResultTable table, TextWriter log)
{
    private const string TrivialQuery = "{ __typename }";
    private const string TrivialAnswer = """{"data":{"__typename":"Query"}}""";

    /// <summary>The dashboard read of issue 17: a page of organisations, where each is based, and three of its relationships.</summary>
    private const string NestedQuery =
        "{ organisations(first: 20) { nodes { key name kind basedIn { code name } relationships(first: 3) { nodes { type strength } } } } }";

    /// <summary>What a dashboard asks of a threat: the first page of its report, with flags and explaining paths.</summary>
    private const string ImpactQuery =
        "query Impact($threat: String!) { impact(threatKey: $threat) { affected(first: 25) { totalCount " +
        "nodes { organisation { key name } score hops crossBorder path { nodes { key } } } } } }";

    public void Run(SyntheticGraph graph) => RunAsync(graph).GetAwaiter().GetResult();

    private static string Json(string query, object? variables = null) =>
        JsonSerializer.Serialize(new { query, variables });

    private async Task RunAsync(SyntheticGraph graph)
    {
        var directory = Path.Combine(Path.GetTempPath(), "raregraph-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var database = Path.Combine(directory, "raregraph.db");
            await LoadAsync(graph, database);
            using var server = new ServerUnderTest(database);

            // The same server with its response cache off: what executing the nested read costs each time.
            using var executing = new ServerUnderTest(database, responseCache: false);
            await using var bare = await BareKestrel.StartAsync(Encoding.UTF8.GetBytes(TrivialAnswer));
            var key = "X-Api-Key: " + server.ApiKey;
            var trivial = LoadClient.Post(server.Endpoint, "/graphql", Json(TrivialQuery), key);
            var nested = LoadClient.Post(server.Endpoint, "/graphql", Json(NestedQuery), key);
            var executed = LoadClient.Post(executing.Endpoint, "/graphql", Json(NestedQuery), "X-Api-Key: " + executing.ApiKey);
            var peer = LoadClient.Post(bare.Endpoint, "/graphql", Json(TrivialQuery), key);
            var phases = new Phase[]
            {
                new("bare Kestrel", bare.Endpoint, peer, await CheckAsync(bare.Endpoint, peer, body => body == TrivialAnswer)),
                new("trivial", server.Endpoint, trivial, await CheckAsync(server.Endpoint, trivial, body => body == TrivialAnswer)),
                new("nested", server.Endpoint, nested, await CheckAsync(server.Endpoint, nested, IsFullNestedPage)),
                new("nested, executed", executing.Endpoint, executed, await CheckAsync(executing.Endpoint, executed, IsFullNestedPage)),
            };

            await MeasureThroughputAsync(phases);
            await MeasureImpactAsync(graph, server);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Writes the generated graph into a fresh SQLite store in one write, as an import would.</summary>
    private async Task LoadAsync(SyntheticGraph graph, string database)
    {
        var started = Stopwatch.GetTimestamp();
        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = database });
        await store.InitializeAsync(CancellationToken.None);
        await store.ApplyAsync(new GraphWrite([], [], graph.Entities, graph.Relationships), 0, CancellationToken.None);
        log.WriteLine($"http: loaded {graph.Relationships.Count:N0} relationships into SQLite in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }

    /// <summary>
    /// Rounds of every phase back to back, the order reversed every other round so neither side always runs first on a
    /// warmer (or more loaded) machine; each side's rate is its good responses over its time, summed over the rounds.
    /// </summary>
    private async Task MeasureThroughputAsync(Phase[] phases)
    {
        var duration = TimeSpan.FromSeconds(options.HttpSeconds);

        // A warm-up as long as a round: with 2 s per side the first measured round of the production pipeline ran at a
        // third of its later rounds in every run on a loaded machine (its many methods still waiting for tiered
        // compilation's background thread), while the bare peer, with little code to compile, was already warm.
        foreach (var phase in phases)
        {
            await LoadClient.RunAsync(phase.Endpoint, phase.Request, phase.BodyLength, options.Connections, duration);
        }

        var totals = phases.ToDictionary(p => p.Name, _ => new List<LoadResult>(), StringComparer.Ordinal);
        for (var round = 0; round < options.HttpRounds; round++)
        {
            foreach (var phase in round % 2 == 0 ? phases : phases.Reverse())
            {
                var processor = ProcessorTime.Start();
                var result = await LoadClient.RunAsync(phase.Endpoint, phase.Request, phase.BodyLength, options.Connections, duration);
                result = result with { ProcessorSeconds = processor.Seconds };
                log.WriteLine($"http round {round + 1}: {phase.Name} {result.PerSecond:N0} requests/s ({result.Bad} bad), {result.Good / result.ProcessorSeconds:N0} per processor-second, load {LoadAverage()}");
                totals[phase.Name].Add(result);
            }
        }

        double Rate(string name) => totals[name].Sum(r => r.Good) / totals[name].Sum(r => r.Elapsed.TotalSeconds);

        // Good answers per processor-second of the whole process (client included, the same client for both sides): on a
        // shared machine the clock measures the other tenants too; what the process itself spent moves far less.
        double PerProcessorSecond(string name) => totals[name].Sum(r => r.Good) / totals[name].Sum(r => r.ProcessorSeconds);
        var bad = totals.Values.SelectMany(r => r).Sum(r => r.Bad);
        var setup = $"{options.Connections} connections, {options.HttpRounds} rounds of {options.HttpSeconds} s per side, alternating";
        table.Add("HTTP bare Kestrel (peer)", ResultTable.Rate(Rate("bare Kestrel")), string.Empty, $"{setup}; raw-socket HTTP/1.1 keep-alive client in the same process");
        table.Add("HTTP trivial `{ __typename }` / bare Kestrel", ResultTable.Ratio(Rate("trivial") / Rate("bare Kestrel")), "≥ 0.80×",
            $"{ResultTable.Rate(Rate("trivial"))} through the production pipeline (API key, rate limit, query limits, telemetry)");
        table.Add("HTTP per processor-second: bare Kestrel / trivial", $"{PerProcessorSecond("bare Kestrel"):N0} / {PerProcessorSecond("trivial"):N0}", string.Empty,
            $"good answers per second of the process's processor time (client included); trivial / bare {ResultTable.Ratio(PerProcessorSecond("trivial") / PerProcessorSecond("bare Kestrel"))}");
        table.Add("HTTP per processor-second: nested / executed", $"{PerProcessorSecond("nested"):N0} / {PerProcessorSecond("nested, executed"):N0}", string.Empty,
            $"nested / bare {ResultTable.Ratio(PerProcessorSecond("nested") / PerProcessorSecond("bare Kestrel"))}, executed / bare {ResultTable.Ratio(PerProcessorSecond("nested, executed") / PerProcessorSecond("bare Kestrel"))}");
        table.Add("HTTP nested dashboard read / bare Kestrel", ResultTable.Ratio(Rate("nested") / Rate("bare Kestrel")), "≥ 0.35×",
            $"{ResultTable.Rate(Rate("nested"))}; organisations(first: 20) with basedIn and relationships(first: 3), SQLite store, the same query again and again (answered from the response cache); {bad} bad responses in all");
        table.Add("HTTP nested read executed every time / bare Kestrel", ResultTable.Ratio(Rate("nested, executed") / Rate("bare Kestrel")), string.Empty,
            $"{ResultTable.Rate(Rate("nested, executed"))}; the same read on the same server with `RareGraph:ResponseCache:Entries` 0");
    }

    /// <summary>The 1-minute load average where the system reports one (Linux), so each round shows what it ran beside.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private async Task MeasureImpactAsync(SyntheticGraph graph, ServerUnderTest server)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://{server.Endpoint}/"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.ApiKey);
        var random = new Random(options.Seed + 2);
        var threats = graph.Threats.OrderBy(_ => random.Next()).Select(t => t.Key).Distinct(StringComparer.Ordinal).Take(options.HttpQueries + 5).ToList();

        // The first query builds the projection from the store and its analysis indexes; the next few warm the code.
        var build = Stopwatch.GetTimestamp();
        await ImpactAsync(client, threats[0]);
        log.WriteLine($"http: first impact query (projection built from SQLite) {Stopwatch.GetElapsedTime(build).TotalSeconds:0.0} s");
        foreach (var threat in threats.Skip(1).Take(4))
        {
            await ImpactAsync(client, threat);
        }

        var times = new Latencies();
        var reached = 0L;
        foreach (var threat in threats.Skip(5))
        {
            var started = Stopwatch.GetTimestamp();
            reached += await ImpactAsync(client, threat);
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        table.Add("impact over HTTP p50 / p99", $"{ResultTable.Ms(times.Percentile(50))} / {ResultTable.Ms(times.Percentile(99))}", "p50 ≤ 10 ms, p99 ≤ 25 ms",
            $"{times.Count} distinct threats (no report cached), first page of 25 with paths, {reached / Math.Max(1, times.Count):N0} organisations listed per report on average");
    }

    /// <summary>Runs one impact query, checks the answer, returns its total count.</summary>
    private static async Task<long> ImpactAsync(HttpClient client, string threat)
    {
        using var response = await client.PostAsync("graphql", new StringContent(Json(ImpactQuery, new { threat }), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"impact of {threat} failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
        }

        return document.RootElement.GetProperty("data").GetProperty("impact").GetProperty("affected").GetProperty("totalCount").GetInt64();
    }

    private static bool IsFullNestedPage(string body)
    {
        using var document = JsonDocument.Parse(body);
        return !document.RootElement.TryGetProperty("errors", out _)
            && document.RootElement.GetProperty("data").GetProperty("organisations").GetProperty("nodes").GetArrayLength() == 20;
    }

    /// <summary>Sends the request once, checks the answer, and returns its body length (what every response under load must have).</summary>
    private async Task<int> CheckAsync(IPEndPoint endpoint, byte[] request, Func<string, bool> isRight)
    {
        var (status, body) = await LoadClient.SendOnceAsync(endpoint, request);
        if (status != 200 || !isRight(body))
        {
            throw new InvalidOperationException($"Unexpected answer from {endpoint}: {status} {body[..Math.Min(body.Length, 500)]}");
        }

        log.WriteLine($"http: checked {endpoint}: {body.Length} characters, e.g. {body[..Math.Min(body.Length, 160)]}");
        return Encoding.UTF8.GetByteCount(body);
    }

    private sealed record Phase(string Name, IPEndPoint Endpoint, byte[] Request, int BodyLength);
}
