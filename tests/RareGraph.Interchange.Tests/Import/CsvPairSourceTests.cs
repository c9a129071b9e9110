using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Import;

namespace RareGraph.Interchange.Tests.Import;

/// <summary>The edge table's relationship type: Gephi's Label column, or a relationship column where the file has one.</summary>
public sealed class CsvPairSourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("raregraph-csv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task An_Edge_Table_Without_A_Relationship_Column_Should_Take_The_Type_From_Label()
    {
        var source = Source("Source,Target,Type,Id,Weight,Label\r\na,b,Directed,0,0.5,PARTNERS_WITH\r\nb,c,Directed,1,1,\r\n");

        var edges = await ReadEdgesAsync(source);

        Assert.Equal(["PARTNERS_WITH", null], edges.Select(e => e[Attributes.Relationship]));
        Assert.Equal(("a", "b", "0.5"), (edges[0][ImportRow.From], edges[0][ImportRow.To], edges[0][Attributes.Weight]));
        Assert.Equal(["relationships.csv line 2", "relationships.csv line 3"], edges.Select(e => e.Where));
    }

    [Fact]
    public async Task An_Edge_Table_With_A_Relationship_Column_Should_Fall_Back_To_Label_Only_Where_It_Is_Empty()
    {
        var source = Source("Source,Target,relationship,Label\r\na,b,MEMBER_OF,PARTNERS_WITH\r\nb,c,,FUNDED_BY\r\n");

        var edges = await ReadEdgesAsync(source);

        Assert.Equal(["MEMBER_OF", "FUNDED_BY"], edges.Select(e => e[Attributes.Relationship]));
    }

    private CsvPairSource Source(string relationships)
    {
        var nodes = Path.Combine(_directory, "nodes.csv");
        var edges = Path.Combine(_directory, "relationships.csv");
        File.WriteAllText(nodes, "Id,Label\r\na,A\r\n");
        File.WriteAllText(edges, relationships);
        return new CsvPairSource(nodes, edges);
    }

    private static async Task<List<ImportRow>> ReadEdgesAsync(CsvPairSource source)
    {
        var rows = new List<ImportRow>();
        await foreach (var row in source.ReadEdgesAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
