using System.Net;
using System.Text;

namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP endpoints. Scripted responses are served first, in order; after that a
/// default answer keeps the adapter going (discovery, a version row for statements returning one, empty rows else),
/// so a test can drive every store method and capture each statement it sends.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private int _bookmarkCounter;

    public List<RecordedRequest> Requests { get; } = [];

    public IEnumerable<string> Statements => Requests.Select(r => r.Statement).OfType<string>();

    public long VersionToReport { get; set; } = 1;

    public FakeNeo4jHandler Then(HttpStatusCode status, string body) => Then(_ => Json(status, body));

    public FakeNeo4jHandler Then(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    public FakeNeo4jHandler ThenDrop() => Then(_ => throw new HttpRequestException("Connection reset by peer"));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/vnd.neo4j.query") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers["Content-Type"] = contentType.ToString();
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, headers, body);
        Requests.Add(recorded);
        return _script.Count > 0 ? _script.Dequeue()(recorded) : DefaultAnswer(recorded);
    }

    private HttpResponseMessage DefaultAnswer(RecordedRequest request)
    {
        if (request.Method == HttpMethod.Get)
        {
            return Json(HttpStatusCode.OK, Fixture.Read("discovery.json"), "application/json");
        }

        var bookmark = $"\"FB:fake-{Interlocked.Increment(ref _bookmarkCounter)}\"";
        var transaction = request.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? ",\"transaction\":{\"id\":\"tx1\",\"expires\":\"2026-11-24T10:01:00Z\"}"
            : "";
        var data = request.Statement?.Contains("meta.version AS version", StringComparison.Ordinal) == true
            ? $"{{\"fields\":[\"version\"],\"values\":[[{{\"$type\":\"Integer\",\"_value\":\"{VersionToReport}\"}}]]}}"
            : "{\"fields\":[],\"values\":[]}";
        return Json(HttpStatusCode.Accepted, $"{{\"data\":{data},\"bookmarks\":[{bookmark}]{transaction}}}");
    }
}
