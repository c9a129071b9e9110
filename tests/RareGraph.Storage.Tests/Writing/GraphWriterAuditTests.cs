using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.TestSupport;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>
/// The writer hands every applied write's audit record to the store with the write itself: who, when, which
/// operation, the before/after of each change — exactly one entry per applied write, none for a write that changes
/// nothing or fails.
/// </summary>
public sealed class GraphWriterAuditTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);

    [Fact]
    public async Task Applied_Write_Should_Record_Its_Actor_Time_Operation_And_Before_After()
    {
        await using var fixture = await WriterFixture.StartAsync();
        using var writer = Writer(fixture.Store, "key:editor");
        var request = new WriteRequest("upsertJurisdiction");
        request.Entities.Add(new Located<Entity>(new Jurisdiction("j-hu", "Hungary renamed", "HU", JurisdictionKind.Country), "input"));

        var outcome = await writer.ApplyAsync(request, default);

        var entry = (await fixture.Store.AuditTrail.ListAsync(new AuditQuery(1), default))[0];
        Assert.Equal((outcome.Version, "key:editor", "upsertJurisdiction", Now), (entry.Version, entry.Actor, entry.Operation, entry.At));
        var change = Assert.Single(entry.Changes);
        Assert.Equal((AuditSubject.Entity, "j-hu"), (change.Subject, change.Key));
        Assert.Contains("\"Hungary\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Hungary renamed\"", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_Without_An_Actor_Should_Be_The_Systems()
    {
        await using var fixture = await WriterFixture.StartAsync();

        var entry = Assert.Single(await fixture.Store.AuditTrail.ListAsync(new AuditQuery(10), default));

        Assert.Equal((1L, SystemActor.Name, "test"), (entry.Version, entry.Actor, entry.Operation));
        Assert.Equal(SampleCount(), entry.Changes.Count);
    }

    [Fact]
    public async Task Write_That_Changes_Nothing_Should_Leave_No_Entry()
    {
        await using var fixture = await WriterFixture.StartAsync();
        using var writer = Writer(fixture.Store, "key:editor");

        await writer.ApplyAsync(WriterFixture.Request(Contract.SampleGraph.Entities), default);

        Assert.Equal(1, await fixture.Store.AuditTrail.CountAsync(null, null, default));
    }

    [Fact]
    public async Task Write_Retried_After_A_Conflict_Should_Leave_Exactly_One_Entry()
    {
        await using var fixture = await WriterFixture.StartAsync();
        var racing = new TestGraphStore(fixture.Store);
        racing.BeforeApply = async (_, expectedVersion, cancellationToken) =>
        {
            // The first write loses a race: just before it is applied another replica's audited write lands on the same
            // store, so it meets a version conflict and the writer must plan again.
            racing.BeforeApply = null;
            await fixture.Store.ApplyAsync(OtherReplicasWrite, expectedVersion, cancellationToken);
        };
        using var writer = new GraphWriter(racing, [], new FixedActor("key:editor"), new FixedClock());
        var request = WriterFixture.Request([new Jurisdiction("j-pl", "Poland", "PL", JurisdictionKind.Country)]);

        var outcome = await writer.ApplyAsync(request, default);

        Assert.Equal(3, outcome.Version);
        var entries = await fixture.Store.AuditTrail.ListAsync(new AuditQuery(10), default);
        Assert.Equal([(3L, "key:editor"), (2L, "key:other-replica"), (1L, SystemActor.Name)], entries.Select(e => (e.Version, e.Actor)));
    }

    [Fact]
    public async Task Write_Whose_Entry_Is_Refused_Should_Fail_Change_Nothing_And_Announce_Nothing()
    {
        await using var fixture = await WriterFixture.StartAsync();
        await fixture.RecordStrayAuditEntryAsync(version: 2);
        using var writer = new GraphWriter(fixture.Store, [fixture.Changes], new FixedActor("key:editor"), new FixedClock());

        var refused = await Assert.ThrowsAsync<RareGraphException>(
            () => writer.ApplyAsync(WriterFixture.Request([new Jurisdiction("j-pl", "Poland", "PL", JurisdictionKind.Country)]), default));

        Assert.Equal(ErrorCodes.Unavailable, refused.Code);
        Assert.Equal(1, await fixture.Store.GetVersionAsync(default));
        Assert.Empty(await fixture.Store.GetEntitiesAsync(["j-pl"], default));
        Assert.Single(fixture.Changes.Changes);
    }

    private static GraphWrite OtherReplicasWrite => new([], [], [new Jurisdiction("j-de", "Germany", "DE", JurisdictionKind.Country)], [], new AuditRecord(
        "key:other-replica", "upsertJurisdiction", DateTimeOffset.UnixEpoch, [new AuditedChange(AuditSubject.Entity, "j-de", null, "{}")]));

    private static int SampleCount() => Contract.SampleGraph.Entities.Count + Contract.SampleGraph.Relationships.Count;

    private static GraphWriter Writer(IGraphStore store, string actor) => new(store, [], new FixedActor(actor), new FixedClock());

    private sealed class FixedActor(string name) : IAuditActor
    {
        public string Current => name;
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
