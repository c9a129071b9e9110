using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.Domain.Tests.ChangeFeed;

/// <summary>
/// The change feed turns each applied write into one keys-only event, hands it to this replica's observers in order,
/// then publishes it; events from other replicas reach the observers, this replica's own echo does not, and a failing
/// fan-out is reported without taking the committed write back.
/// </summary>
public sealed class GraphChangeFeedTests
{
    private static readonly Threat Law = new("t:law", "A law", ThreatCategory.Legislation, new DateOnly(2024, 1, 1));
    private static readonly Relationship Membership = new("org:ngo", RelationshipType.MemberOf, "org:network");

    [Fact]
    public void Local_Write_Should_Become_One_Keys_Only_Event_For_Observers_Then_The_Fan_Out()
    {
        var order = new List<string>();
        var fanOut = new RecordingFanOut(order);
        var feed = new GraphChangeFeed(fanOut, [new RecordingObserver("projection", order), new RecordingObserver("subscriptions", order)]);
        var change = new GraphChange(
            7,
            "recordThreat, relate, unrelate",
            [new Change<Entity>(null, Law), new Change<Entity>(Law with { Title = "Old" }, Law with { Key = "t:renamed" })],
            [
                new Change<Relationship>(null, Membership),
                new Change<Relationship>(Membership with { ToKey = "org:other" }, null),
                new Change<Relationship>(Membership with { ToKey = "org:third" }, Membership with { ToKey = "org:third", Strength = 0.5 }),
            ]);

        feed.OnChanged(change);

        Assert.Equal(["projection", "subscriptions", "published"], order);
        var published = Assert.Single(fanOut.Events);
        Assert.Equal((feed.ReplicaId, 7L), (published.Origin, published.Version));
        Assert.Equal(["t:law"], published.RecordedThreatKeys);
        Assert.Equal(
            [
                new RelationshipEvent("org:ngo", RelationshipType.MemberOf, "org:network", RelationshipChangeKind.Created),
                new RelationshipEvent("org:ngo", RelationshipType.MemberOf, "org:other", RelationshipChangeKind.Deleted),
                new RelationshipEvent("org:ngo", RelationshipType.MemberOf, "org:third", RelationshipChangeKind.Updated),
            ],
            published.Relationships);
    }

    [Fact]
    public void Write_Of_Entity_Fields_Only_Should_Still_Announce_The_New_Version()
    {
        var fanOut = new RecordingFanOut([]);
        var feed = new GraphChangeFeed(fanOut, []);

        feed.OnChanged(new GraphChange(3, "upsertThreat", [new Change<Entity>(Law, Law with { Title = "Renamed" })], []));

        var published = Assert.Single(fanOut.Events);
        Assert.Equal(3, published.Version);
        Assert.Empty(published.RecordedThreatKeys);
        Assert.Empty(published.Relationships);
    }

    [Fact]
    public void Remote_Events_Should_Reach_The_Observers_But_Not_This_Replicas_Own_Echo()
    {
        var order = new List<string>();
        var observer = new RecordingObserver("observer", order);
        var feed = new GraphChangeFeed(new RecordingFanOut([]), [observer]);

        feed.Deliver(new GraphEvent("another-replica", 4, [], []));
        feed.Deliver(new GraphEvent(feed.ReplicaId, 5, [], []));

        Assert.Equal([4L], observer.Events.Select(e => e.Version));
    }

    [Fact]
    public void Failing_Fan_Out_Should_Be_Reported_After_The_Local_Observers_Were_Told()
    {
        var order = new List<string>();
        var observer = new RecordingObserver("observer", order);
        var reported = new List<Exception>();
        var feed = new GraphChangeFeed(new FailingFanOut(), [observer], reported.Add);

        feed.OnChanged(new GraphChange(2, "relate", [], [new Change<Relationship>(null, Membership)]));

        Assert.Single(observer.Events);
        Assert.IsType<InvalidOperationException>(Assert.Single(reported));
    }

    private sealed class RecordingObserver(string name, List<string> order) : IGraphEventObserver
    {
        public List<GraphEvent> Events { get; } = [];

        public void OnEvent(GraphEvent graphEvent)
        {
            order.Add(name);
            Events.Add(graphEvent);
        }
    }

    private sealed class RecordingFanOut(List<string> order) : IGraphEventFanOut
    {
        public List<GraphEvent> Events { get; } = [];

        public void Publish(GraphEvent graphEvent)
        {
            order.Add("published");
            Events.Add(graphEvent);
        }
    }

    private sealed class FailingFanOut : IGraphEventFanOut
    {
        public void Publish(GraphEvent graphEvent) => throw new InvalidOperationException("The channel is closed.");
    }
}
