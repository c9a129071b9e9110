using RareGraph.DemoData.Seeding;

namespace RareGraph.DemoData.Tests;

/// <summary>Every row id of the public data appears exactly once in the seed files, so no row was lost in conversion.</summary>
public sealed class SeedFilesTests
{
    [Fact]
    public void Organisations_Should_Hold_Every_Public_Row_Id_Once()
    {
        var ids = SeedFiles.Organisations().Select(o => o.SourceId);

        Assert.Equal(Enumerable.Range(1, 57).Select(n => $"ORG{n:00}"), ids);
    }

    [Fact]
    public void Threats_Should_Hold_Every_Public_Event_Id_Once()
    {
        var ids = SeedFiles.Threats().Select(t => t.SourceId);

        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"EV{n:00}"), ids);
    }

    [Fact]
    public void Every_Organisation_And_Threat_Should_Keep_Its_Public_Source()
    {
        Assert.All(SeedFiles.Organisations(), o => Assert.False(string.IsNullOrWhiteSpace(o.Source)));
        Assert.All(SeedFiles.Threats(), t => Assert.NotEmpty(t.Sources));
        Assert.All(SeedFiles.Jurisdictions().Where(j => j.Kind == "COUNTRY"), j => Assert.False(string.IsNullOrWhiteSpace(j.Source)));
    }

    [Fact]
    public void Illustrative_File_Should_Invent_No_Organisation_Without_A_Fictional_Tag()
    {
        Assert.All(SeedFiles.Illustrative().Organisations, o => Assert.Contains("fictional", o.Tags));
    }
}
