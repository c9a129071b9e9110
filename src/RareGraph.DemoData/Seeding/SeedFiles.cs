using System.Text.Json;

namespace RareGraph.DemoData.Seeding;

/// <summary>Reads the seed files embedded in this assembly.</summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<JurisdictionSeed> Jurisdictions() => Read<List<JurisdictionSeed>>("jurisdictions.json");

    public static IReadOnlyList<OrganisationSeed> Organisations() => Read<List<OrganisationSeed>>("organisations.json");

    /// <summary>State organs and others the events' own sources name as their actors, not in the public organisation list.</summary>
    public static IReadOnlyList<OrganisationSeed> Actors() => Read<List<OrganisationSeed>>("actors.json");

    public static IReadOnlyList<ThreatSeed> Threats() => Read<List<ThreatSeed>>("threats.json");

    public static IReadOnlyList<LineageSeed> Lineage() => Read<List<LineageSeed>>("lineage.json");

    public static IllustrativeSeed Illustrative() => Read<IllustrativeSeed>("illustrative.json");

    /// <summary>The RARE programme and its (illustrative) camps, campaigns and action plan.</summary>
    public static AllianceWorkSeed AllianceWork() => Read<AllianceWorkSeed>("programme.json");

    private static T Read<T>(string fileName)
    {
        var resourceName = "RareGraph.DemoData.Seed." + fileName;
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The seed file {fileName} is not embedded in {typeof(SeedFiles).Assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"The seed file {fileName} is empty.");
    }
}
