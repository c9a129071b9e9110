namespace RareGraph.EndToEnd.Tests.Infrastructure;

/// <summary>Checks an <see cref="E2eNeeds"/> at attribute time (to skip) and at run time (to fail clearly on CI).</summary>
internal static class E2eRequirements
{
    public static string? Missing(E2eNeeds needs) => needs switch
    {
        E2eNeeds.Explorer => E2eEnvironment.MissingExplorer(),
        E2eNeeds.NodeTools => E2eEnvironment.MissingNodeTools(),
        E2eNeeds.Browser => E2eEnvironment.MissingBrowser(),
        E2eNeeds.Map => E2eEnvironment.MissingMap(),
        E2eNeeds.MapBrowser => E2eEnvironment.MissingMapBrowser(),
        _ => throw new ArgumentOutOfRangeException(nameof(needs), needs, null),
    };

    /// <summary>Fails the test with the reason when something it needs is missing.</summary>
    public static void Require(E2eNeeds needs)
    {
        var missing = Missing(needs);
        if (missing is not null)
        {
            Assert.Fail($"End-to-end prerequisite missing: {missing}");
        }
    }
}
