using RareGraph.Server.Security;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The demo-data server of the other end-to-end tests, with one configured API key per role the map test signs in
/// as. The secrets are made per run and configured as hashes, as a deployment would.
/// </summary>
public sealed class MapServer : Infrastructure.KestrelServer
{
    public MapServer()
        : this(ApiKeySecrets.Generate(), ApiKeySecrets.Generate(), ApiKeySecrets.Generate())
    {
    }

    private MapServer(string analystKey, string viewerKey, string editorKey)
        : base(new Dictionary<string, string?>
        {
            ["RareGraph:Security:ApiKeys:0:Id"] = "map-analyst",
            ["RareGraph:Security:ApiKeys:0:Hash"] = ApiKeySecrets.Hash(analystKey),
            ["RareGraph:Security:ApiKeys:0:Role"] = "ANALYST",
            ["RareGraph:Security:ApiKeys:1:Id"] = "map-viewer",
            ["RareGraph:Security:ApiKeys:1:Hash"] = ApiKeySecrets.Hash(viewerKey),
            ["RareGraph:Security:ApiKeys:1:Role"] = "VIEWER",
            ["RareGraph:Security:ApiKeys:2:Id"] = "map-editor",
            ["RareGraph:Security:ApiKeys:2:Hash"] = ApiKeySecrets.Hash(editorKey),
            ["RareGraph:Security:ApiKeys:2:Role"] = "EDITOR",
            ["RareGraph:Security:RateLimit:PermitsPerMinute"] = "100000",
        })
    {
        AnalystKey = analystKey;
        ViewerKey = viewerKey;
        EditorKey = editorKey;
    }

    public string AnalystKey { get; }

    public string ViewerKey { get; }

    /// <summary>Records an event during the test, to see it arrive on the page live.</summary>
    public string EditorKey { get; }
}
