namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>What an end-to-end test needs besides .NET.</summary>
public enum E2eNeeds
{
    /// <summary>The built GraphiQL page.</summary>
    Explorer,

    /// <summary>node and the npm tools of <c>tests/e2e</c>.</summary>
    NodeTools,

    /// <summary>node, the npm tools, Chromium and the built page.</summary>
    Browser,

    /// <summary>The built map page (served at <c>/</c>).</summary>
    Map,

    /// <summary>node, the npm tools, Chromium and the built map page.</summary>
    MapBrowser,
}
