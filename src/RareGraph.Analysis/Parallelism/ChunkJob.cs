namespace RareGraph.Analysis.Parallelism;

/// <summary>
/// A pass split into chunks that the calling thread and a <see cref="ChunkHelper"/> take from one counter. Each chunk
/// is run by exactly one of them as far as the result goes: whoever marks it its own first. The caller never waits for
/// the helper: a chunk the helper took but has not finished (it may be descheduled on a loaded machine) is taken back
/// and run again by the caller, and the helper's late result is then never read.
/// </summary>
/// <remarks>
/// A late helper must not be able to corrupt anything, so a chunk run by the helper writes only into memory the helper
/// owns (<see cref="RunChunk"/> with <c>byHelper</c> true) and nothing shared; the caller reads that memory only for
/// chunks this job records as finished by the helper. Every job is a fresh object, so a helper still inside an old
/// job's chunk can only fail to mark it, never mark a chunk of a newer job. A job is run by one caller.
/// </remarks>
internal abstract class ChunkJob
{
    private const int Free = 0;
    private const int ByCaller = 1;
    private const int ByHelper = 2;
    private const int DoneByHelper = 3;

    private readonly int[] _owners;
    private int _next;

    protected ChunkJob(int chunkCount)
    {
        _owners = new int[chunkCount];
    }

    public int ChunkCount => _owners.Length;

    /// <summary>True while the counter has chunks nobody has taken.</summary>
    public bool HasUntakenChunks => Volatile.Read(ref _next) < _owners.Length;

    /// <summary>Whether the helper's own memory holds chunk <paramref name="chunk"/>'s result; read after <see cref="RunAsCaller"/>.</summary>
    public bool IsDoneByHelper(int chunk) => Volatile.Read(ref _owners[chunk]) == DoneByHelper;

    /// <summary>The helper's side: runs chunks from the counter until none is left.</summary>
    public void RunAsHelper(Action? beforeEachChunk)
    {
        while (true)
        {
            var chunk = Interlocked.Increment(ref _next) - 1;
            if (chunk >= _owners.Length)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _owners[chunk], ByHelper, Free) != Free)
            {
                continue;
            }

            beforeEachChunk?.Invoke();
            RunChunk(chunk, byHelper: true);

            // Fails when the caller took the chunk back meanwhile; the result in the helper's memory is then ignored.
            Interlocked.CompareExchange(ref _owners[chunk], DoneByHelper, ByHelper);
        }
    }

    /// <summary>
    /// The caller's side: runs chunks from the counter, then every chunk the helper has taken but not finished. On
    /// return each chunk's result is in the caller's memory or, when <see cref="IsDoneByHelper"/>, in the helper's.
    /// </summary>
    public void RunAsCaller()
    {
        while (true)
        {
            var chunk = Interlocked.Increment(ref _next) - 1;
            if (chunk >= _owners.Length)
            {
                break;
            }

            if (Interlocked.CompareExchange(ref _owners[chunk], ByCaller, Free) == Free)
            {
                RunChunk(chunk, byHelper: false);
            }
        }

        for (var chunk = 0; chunk < _owners.Length; chunk++)
        {
            while (true)
            {
                var owner = Volatile.Read(ref _owners[chunk]);
                if (owner is ByCaller or DoneByHelper)
                {
                    break;
                }

                // Free: the helper drew it from the counter but has not marked it yet. ByHelper: it is running it, or is
                // descheduled in it. Either way the caller runs it rather than wait.
                if (Interlocked.CompareExchange(ref _owners[chunk], ByCaller, owner) == owner)
                {
                    RunChunk(chunk, byHelper: false);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Runs one chunk, its result going to the helper's own memory when <paramref name="byHelper"/>, else to the
    /// caller's. Must not throw on any input the job can hold, and must write nothing shared.
    /// </summary>
    protected abstract void RunChunk(int chunk, bool byHelper);
}
