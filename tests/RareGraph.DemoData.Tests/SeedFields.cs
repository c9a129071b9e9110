namespace RareGraph.DemoData.Tests;

/// <summary>What a seed item's field says about where it came from.</summary>
internal static class SeedFields
{
    /// <summary>
    /// Whether a seed item is invented: everything from <c>illustrative.json</c>, and everything from
    /// <c>programme.json</c> but the programme itself and its organisers, which the organisers' own pages document.
    /// </summary>
    public static bool IsIllustrative(string field) =>
        field.StartsWith("demo.illustrative.", StringComparison.Ordinal)
        || (field.StartsWith("demo.programme.", StringComparison.Ordinal)
            && !string.Equals(field, "demo.programme.programme", StringComparison.Ordinal)
            && !field.StartsWith("demo.programme.organisers.", StringComparison.Ordinal));
}
