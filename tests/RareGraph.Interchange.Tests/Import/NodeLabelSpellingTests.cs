using Microsoft.Data.Sqlite;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Import;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Interchange.Tests.Import;

/// <summary>A node's label is read in every spelling files use: as in code, in words, UPPER_SNAKE, American, or as an organisation kind.</summary>
public sealed class NodeLabelSpellingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("Organisation", "Organisation")]
    [InlineData("organization", "Organisation")]
    [InlineData("ngo", "Organisation")]
    [InlineData("Funder", "Organisation")]
    [InlineData("ActionItem", "ActionItem")]
    [InlineData("Action item", "ActionItem")]
    [InlineData("ACTION_ITEM", "ActionItem")]
    [InlineData("action-item", "ActionItem")]
    [InlineData(" jurisdiction ", "Jurisdiction")]
    public async Task A_Node_Label_Should_Be_Read_In_Any_Usual_Spelling(string written, string label)
    {
        var report = await DryRunAsync(written);

        Assert.Equal(0, report.ProblemCount);
        Assert.Equal(label, Assert.Single(report.Entities).Key);
    }

    [Fact]
    public async Task An_Unknown_Label_Should_Be_A_Problem_Naming_The_Labels()
    {
        var report = await DryRunAsync("Club");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((Attributes.Entity, "VALIDATION"), (problem.Field, problem.Code));
        Assert.Contains("'Club' is not Jurisdiction, Organisation", problem.Message, StringComparison.Ordinal);
    }

    private async Task<ImportReport> DryRunAsync(string written)
    {
        var node = new ImportRow("node 'x'", new Dictionary<string, string> { [ImportRow.Key] = "x", [Attributes.Entity] = written, [Attributes.Code] = "HU" });
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "graph.db") });
        await store.InitializeAsync(CancellationToken.None);
        return await new GraphImporter(store, store, [], TimeProvider.System)
            .ImportAsync(new RowSource([node], []), new ImportFile("f", 1, "00"), "tester", dryRun: true, CancellationToken.None);
    }
}
