using System.Diagnostics;

namespace RareGraph.Analysis.Parallelism;

/// <summary>
/// One long-lived thread that helps one query at a time with its <see cref="ChunkJob"/>s. A query takes it with
/// <see cref="TryAcquire"/> for the length of its propagation; a query that finds it taken runs its chunks alone, so
/// concurrent queries are never serialised behind it (with more queries than cores, one thread each is all there is).
/// </summary>
/// <remarks>
/// Not the thread pool: a pool thread is borrowed per job and, on a loaded machine, may start long after the job is
/// over. This thread spins for a moment while its holder is between jobs, so the next layer's job is picked up at
/// once, and parks otherwise. The caller never waits for it (see <see cref="ChunkJob"/>), so a descheduled helper
/// costs at most the chunk it was in.
/// </remarks>
internal sealed class ChunkHelper : IDisposable
{
    /// <summary>How long the thread spins for its holder's next job before parking.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 500;

    private static readonly Lazy<ChunkHelper?> SharedHelper = new(
        () => Environment.ProcessorCount > 1 ? new ChunkHelper(beforeEachChunk: null) : null);

    private readonly SemaphoreSlim _wake = new(0);
    private readonly Action? _beforeEachChunk;
    private readonly Thread _thread;
    private ChunkJob? _job;
    private int _held;
    private int _parked;
    private volatile bool _stopping;

    /// <summary>Starts the helper's thread, parked until a job is published.</summary>
    /// <param name="beforeEachChunk">Called by the helper thread before each chunk it runs (tests slow it down with it).</param>
    public ChunkHelper(Action? beforeEachChunk)
    {
        _beforeEachChunk = beforeEachChunk;
        _thread = new Thread(Loop) { IsBackground = true, Name = "RareGraph chunk helper" };
        _thread.Start();
    }

    /// <summary>The process's helper, started on first use; null on a single processor, where it could only get in the way.</summary>
    public static ChunkHelper? Shared => SharedHelper.Value;

    /// <summary>The helper's own memory for the chunks it runs; sized by its holder before publishing a job.</summary>
    public ChunkBuffers Buffers { get; } = new();

    /// <summary>Takes the helper for one propagation, or returns false when another query has it.</summary>
    public bool TryAcquire() => !_stopping && Interlocked.CompareExchange(ref _held, 1, 0) == 0;

    /// <summary>Gives the helper its holder's next job; the holder then runs it with <see cref="ChunkJob.RunAsCaller"/>.</summary>
    public void Publish(ChunkJob job)
    {
        Volatile.Write(ref _job, job);
        if (Interlocked.Exchange(ref _parked, 0) == 1)
        {
            _wake.Release();
        }
    }

    /// <summary>Hands the helper back; it finishes at most the chunk it is in and parks.</summary>
    public void Release()
    {
        Volatile.Write(ref _job, null);
        Volatile.Write(ref _held, 0);
    }

    public void Dispose()
    {
        _stopping = true;
        Volatile.Write(ref _parked, 0);
        _wake.Release();
        _thread.Join();
        _wake.Dispose();
    }

    private void Loop()
    {
        var lastWork = Stopwatch.GetTimestamp();
        while (!_stopping)
        {
            var job = Volatile.Read(ref _job);
            if (job is not null && job.HasUntakenChunks)
            {
                job.RunAsHelper(_beforeEachChunk);
                lastWork = Stopwatch.GetTimestamp();
                continue;
            }

            if (Volatile.Read(ref _held) == 1 && Stopwatch.GetTimestamp() - lastWork < SpinTicks)
            {
                // Yield rather than spin: on a quiet machine nothing else wants the core and this returns at once; on a
                // loaded one the core goes to whoever waits for it, the holder's thread included when they share a core.
                Thread.Yield();
                continue;
            }

            Volatile.Write(ref _parked, 1);

            // A job published between the checks above and the flag would find no parked thread to wake: look again.
            job = Volatile.Read(ref _job);
            if (job is not null && job.HasUntakenChunks && Interlocked.Exchange(ref _parked, 0) == 1)
            {
                continue;
            }

            // Either parked with nothing to do, or the publisher took the flag and its release is pending.
            _wake.Wait();
            lastWork = Stopwatch.GetTimestamp();
        }
    }
}
