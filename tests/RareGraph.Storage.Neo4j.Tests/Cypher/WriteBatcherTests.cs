using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Cypher;

namespace RareGraph.Storage.Neo4j.Tests.Cypher;

public sealed class WriteBatcherTests
{
    [Fact]
    public void Batches_Should_Be_Bounded_And_Keep_The_Order_Of_The_Write()
    {
        var write = new GraphWrite(
            [new RelationshipKey("a", RelationshipType.Cited, "b"), new RelationshipKey("c", RelationshipType.Cited, "d")],
            ["x", "y", "z"],
            [new Organisation("o1", "O1", OrganisationKind.Ngo)],
            [.. Enumerable.Range(0, 5).Select(i => new Relationship("o1", RelationshipType.MemberOf, $"o{i + 2}"))]);

        var batches = WriteBatcher.Split(write, 3).ToList();

        Assert.All(batches, b => Assert.InRange(WriteBatcher.RowCount(b), 1, 3));
        Assert.Equal(WriteBatcher.RowCount(write), batches.Sum(WriteBatcher.RowCount));
        Assert.Equal(write.RemovedRelationships, batches.SelectMany(b => b.RemovedRelationships));
        Assert.Equal(write.DeletedEntities, batches.SelectMany(b => b.DeletedEntities));
        Assert.Equal(write.UpsertedEntities, batches.SelectMany(b => b.UpsertedEntities));
        Assert.Equal(write.UpsertedRelationships, batches.SelectMany(b => b.UpsertedRelationships));
        Assert.Equal(["y", "z"], batches[1].DeletedEntities);
    }

    [Fact]
    public void A_Million_Relationships_Should_Stream_In_Batches_Without_Copying_The_Whole_Write()
    {
        var relationships = Enumerable.Range(0, 1_000_000)
            .Select(i => new Relationship($"o{i % 1000}", RelationshipType.PartnersWith, $"o{i / 1000}"))
            .ToList();
        var write = new GraphWrite([], [], [], relationships);

        var largest = 0;
        var count = 0;
        foreach (var batch in WriteBatcher.Split(write, 5_000))
        {
            largest = Math.Max(largest, WriteBatcher.RowCount(batch));
            count++;
        }

        Assert.Equal((5_000, 200), (largest, count));
    }
}
