using System.Text.RegularExpressions;
using RareGraph.DemoData.Seeding;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.DemoData.Tests;

/// <summary>Issue 12 item 8: every event classified and its documented actors named, provenance on entities, sources listed.</summary>
public sealed partial class WhoActedAndProvenanceTests
{
    private readonly WriteRequest _request = DemoDataSet.Build();

    [Fact]
    public void Every_Event_Should_Be_Classified_And_The_Protective_Ones_Should_Be_Rulings_Directives_And_Rejections()
    {
        var threats = _request.Entities.Select(e => e.Value).OfType<Threat>().ToDictionary(t => t.Key);
        var protective = threats.Values.Where(t => t.Polarity == EventPolarity.Protective).Select(t => t.Key).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "threat:2020-hu-cjeu-lex-ngo-ruling", "threat:2021-hu-cjeu-stop-soros-ruling", "threat:2022-ru-ecthr-ecodefence-ruling",
                "threat:2023-eu-pega-recommendation", "threat:2024-bg-foreign-agents-bill-rejected", "threat:2024-eu-anti-slapp-directive",
                "threat:2024-eu-georgia-accession-halted",
            ],
            protective);
    }

    [Fact]
    public void Every_Event_But_The_Two_Private_Slapps_Should_Name_Its_Documented_Initiators()
    {
        var threats = _request.Entities.Select(e => e.Value).OfType<Threat>().Select(t => t.Key).ToList();
        var initiated = _request.Relationships.Select(r => r.Value).Where(r => r.Type == RelationshipType.InitiatedBy).ToList();
        var organisations = _request.Entities.Select(e => e.Value).OfType<Organisation>().Select(o => o.Key).ToHashSet();

        Assert.Equal(
            ["threat:2017-mt-defamation-suits", "threat:2023-gr-reporters-united-slapp"],
            threats.Except(initiated.Select(r => r.FromKey)).Order(StringComparer.Ordinal));
        Assert.All(initiated, r => Assert.Contains(r.ToKey, organisations));
        Assert.All(initiated, r => Assert.StartsWith("http", r.Source, StringComparison.Ordinal));
        Assert.Equal(
            ["org:government-of-hungary", "org:national-assembly-of-hungary", "org:sovereignty-protection-office"],
            initiated.Where(r => r.FromKey == "threat:2023-hu-sovereignty-protection-act").Select(r => r.ToKey).Order(StringComparer.Ordinal));
        Assert.All(initiated.Where(r => r.Confidence < 1), r => Assert.Contains(" — ", r.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Documented_Actors_Should_Each_Cite_The_Event_That_Names_Them()
    {
        var threats = SeedFiles.Threats().ToDictionary(t => t.Key);

        Assert.All(SeedFiles.Actors(), actor =>
        {
            Assert.NotNull(actor.DocumentedBy);
            var threat = threats[actor.DocumentedBy];
            Assert.Contains(actor.Source, threat.Sources);
            Assert.Contains(threat.InitiatedBy, i => i.Key == actor.Key);
        });
    }

    [Fact]
    public void Facts_Corrected_From_The_Public_Rows_Should_Stay_Corrected()
    {
        var based = _request.Relationships.Select(r => r.Value).Where(r => r.Type == RelationshipType.BasedIn).ToDictionary(r => r.FromKey, r => r.ToKey);
        var organisations = _request.Entities.Select(e => e.Value).OfType<Organisation>().ToDictionary(o => o.Key);
        var lexCeu = _request.Entities.Select(e => e.Value).OfType<Threat>().Single(t => t.Key == "threat:2017-hu-lex-ceu");

        Assert.Equal("DE", based["org:liberties"]);
        Assert.Equal(new DateOnly(2023, 12, 12), organisations["org:sovereignty-protection-office"].ValidFrom);
        Assert.DoesNotContain(lexCeu.Sources, s => s.Contains("kozjavak", StringComparison.Ordinal));
        Assert.Contains(lexCeu.Sources, s => s.StartsWith("https://www.ceu.edu/", StringComparison.Ordinal));
    }

    [Fact]
    public void Illustrative_Entities_Should_Carry_The_Marker_And_At_Most_The_Illustrative_Confidence()
    {
        var illustrative = _request.Entities.Where(e => SeedFields.IsIllustrative(e.Field)).Select(e => e.Value).ToList();
        var documented = _request.Entities.Where(e => !SeedFields.IsIllustrative(e.Field)).Select(e => e.Value).ToList();

        Assert.NotEmpty(illustrative);
        Assert.All(illustrative, e => Assert.Equal(DemoDataSet.IllustrativeSource, e.Source));
        Assert.All(illustrative, e => Assert.InRange(e.Confidence!.Value, 0, DemoDataSet.MaxIllustrativeConfidence));
        Assert.All(documented.Where(e => e is Organisation or Threat), e => Assert.StartsWith("http", e.Source, StringComparison.Ordinal));
        Assert.All(documented, e => Assert.Null(e.Confidence));
    }

    [Fact]
    public void Docs_Should_List_Every_Public_Source_Of_The_Seed_Files()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "demo-data.md"));
        var seeds = SeedFiles.Organisations().Concat(SeedFiles.Actors()).Select(o => o.Source ?? "")
            .Concat(SeedFiles.Threats().SelectMany(t => t.Sources))
            .Concat(SeedFiles.Lineage().Select(l => l.Source))
            .Concat(SeedFiles.Jurisdictions().Select(j => j.Source ?? ""))
            .Append(SeedFiles.AllianceWork().Programme.Source);
        var urls = seeds.SelectMany(s => Url().Matches(s).Select(m => m.Value.TrimEnd('.', ','))).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(urls.Count > 100);
        Assert.All(urls, url => Assert.Contains($"<{url}>", docs, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RareGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RareGraph.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"https?://[^\s;]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Url();
}
