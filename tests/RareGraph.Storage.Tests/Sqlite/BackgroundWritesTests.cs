using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The bulk import's writes run on a thread of their own: in the order handed over, and a failure reaches the caller
/// at its next hand-over or when it drains, with nothing after it written.
/// </summary>
public sealed class BackgroundWritesTests
{
    [Fact]
    public async Task Writes_Should_Run_In_The_Order_They_Were_Handed_Over()
    {
        var writes = new BackgroundWrites();
        var done = new List<int>();

        for (var i = 0; i < 50; i++)
        {
            var n = i;
            await writes.EnqueueAsync(() => done.Add(n), CancellationToken.None);
        }

        await writes.DrainAsync();

        Assert.Equal(Enumerable.Range(0, 50), done);
    }

    [Fact]
    public async Task A_Failed_Write_Should_Fail_The_Drain_And_Skip_The_Writes_After_It()
    {
        var writes = new BackgroundWrites();
        var after = 0;

        await writes.EnqueueAsync(() => throw new InvalidOperationException("the row"), CancellationToken.None);
        await writes.EnqueueAsync(() => after++, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(writes.DrainAsync);

        Assert.Equal("the row", failure.Message);
        Assert.Equal(0, after);
    }

    [Fact]
    public async Task A_Failed_Write_Should_Fail_The_Next_Hand_Over()
    {
        var writes = new BackgroundWrites();
        await writes.EnqueueAsync(() => throw new InvalidOperationException("the row"), CancellationToken.None);

        // The failure is seen once the write has run; until then hand-overs succeed.
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                await writes.EnqueueAsync(() => { }, CancellationToken.None);
                await Task.Delay(5);
            }
        });
    }

    [Fact]
    public async Task Abandoning_Should_Skip_The_Waiting_Writes_And_Wait_For_The_Running_One()
    {
        var writes = new BackgroundWrites();
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var ran = 0;
        await writes.EnqueueAsync(
            () =>
            {
                running.Set();
                release.Wait();
                ran++;
            },
            CancellationToken.None);
        await writes.EnqueueAsync(() => ran++, CancellationToken.None);
        running.Wait();

        var abandoned = writes.AbandonAsync();
        Assert.False(abandoned.IsCompleted);
        release.Set();
        await abandoned;

        Assert.Equal(1, ran);
    }

    [Fact]
    public async Task A_Busy_Writer_Should_Take_A_Full_Queue_Of_Writes_Without_Stopping_The_Caller_And_No_More()
    {
        var writes = new BackgroundWrites();
        using var running = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        await writes.EnqueueAsync(
            () =>
            {
                running.Set();
                release.Wait();
            },
            CancellationToken.None);
        running.Wait();

        // While the writer is busy (an index build, say) the caller keeps handing batches over, up to the capacity.
        for (var i = 0; i < BackgroundWrites.Capacity; i++)
        {
            Assert.True(writes.EnqueueAsync(() => { }, CancellationToken.None).IsCompletedSuccessfully, $"hand-over {i} waited");
        }

        var beyond = writes.EnqueueAsync(() => { }, CancellationToken.None);
        Assert.False(beyond.IsCompleted);
        release.Set();
        await beyond;
        await writes.DrainAsync();
    }
}
