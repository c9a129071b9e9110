using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The checkpoint after a bulk import runs in the background, one at a time; it is best-effort, so no failure of it may
/// stop the ones after it or surface when the store waits for it on disposal.
/// </summary>
public sealed class BackgroundCheckpointTests
{
    [Fact]
    public async Task A_Failed_Checkpoint_Of_Any_Kind_Should_Neither_Stop_Later_Ones_Nor_Make_Waiting_Throw()
    {
        var attempts = 0;
        var checkpoints = new BackgroundCheckpoint(() =>
        {
            // Not a SqliteException: the first attempt fails the way an unforeseen fault would.
            return Interlocked.Increment(ref attempts) == 1
                ? Task.FromException(new IOException("disk went away"))
                : Task.CompletedTask;
        });

        checkpoints.Start();
        await checkpoints.WhenIdleAsync();
        checkpoints.Start();
        await checkpoints.WhenIdleAsync();

        Assert.Equal(2, attempts);
        Assert.Equal(1, checkpoints.Failures);
    }

    [Fact]
    public async Task Checkpoints_Should_Run_One_At_A_Time_In_The_Order_They_Were_Started()
    {
        var running = 0;
        var overlapped = false;
        var order = new List<int>();
        var started = 0;
        var checkpoints = new BackgroundCheckpoint(async () =>
        {
            var number = Interlocked.Increment(ref started);
            overlapped |= Interlocked.Increment(ref running) > 1;
            await Task.Yield();
            lock (order)
            {
                order.Add(number);
            }

            Interlocked.Decrement(ref running);
        });

        for (var i = 0; i < 5; i++)
        {
            checkpoints.Start();
        }

        await checkpoints.WhenIdleAsync();

        Assert.False(overlapped);
        Assert.Equal([1, 2, 3, 4, 5], order);
    }
}
