using RareGraph.Server.Security;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The demo-data server of the other end-to-end tests, with one configured API key per role the map test signs in
/// as. The secrets are made per run and configured as hashes, as a deployment would.
/// </summary>
public sealed class MapServer : Infrastructure.KestrelServer
{
    public MapServer()
        : this(ApiKeySecrets.Generate(), ApiKeySecrets.Generate())
    {
    }

    private MapServer(string analystKey, string viewerKey)
        : base(new Dictionary<string, string?>
        {
            ["RareGraph:Security:ApiKeys:0:Id"] = "map-analyst",
            ["RareGraph:Security:ApiKeys:0:Hash"] = ApiKeySecrets.Hash(analystKey),
            ["RareGraph:Security:ApiKeys:0:Role"] = "ANALYST",
            ["RareGraph:Security:ApiKeys:1:Id"] = "map-viewer",
            ["RareGraph:Security:ApiKeys:1:Hash"] = ApiKeySecrets.Hash(viewerKey),
            ["RareGraph:Security:ApiKeys:1:Role"] = "VIEWER",
            ["RareGraph:Security:RateLimit:PermitsPerMinute"] = "100000",
        })
    {
        AnalystKey = analystKey;
        ViewerKey = viewerKey;
    }

    public string AnalystKey { get; }

    public string ViewerKey { get; }
}
