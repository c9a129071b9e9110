using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Runs a bulk import's writes one after another on a thread of their own, in the order they were handed over, so the
/// caller reads and checks the next batch while SQLite writes this one: on two cores the import takes about the longer
/// of the two instead of their sum. At most <see cref="Capacity"/> batches wait, so memory stays bounded.
/// </summary>
/// <remarks>
/// The first write that fails is kept and the writes after it are skipped; the caller sees the failure at its next hand
/// over or when it drains the queue before the commit, so a failing batch still fails the import. Only one thread uses
/// the connection at a time: the writes' thread until <see cref="DrainAsync"/> returns, the caller's after it.
/// </remarks>
internal sealed class BackgroundWrites
{
    /// <summary>
    /// How many batches may wait. Deep enough that the reader does not stop while the writes' thread builds the entities'
    /// indexes (about 0.6 s for 250,000 entities, some 120,000 relationships' worth of reading): with four, the reader
    /// waited on the full queue for most of that build, and the two threads took turns instead of overlapping. The
    /// importer hands over 1,000 relationships a batch, so at most some 128,000 are held (a few tens of MB).
    /// </summary>
    public const int Capacity = 128;

    private readonly Channel<Action> _queue = Channel.CreateBounded<Action>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _running;
    private ExceptionDispatchInfo? _failure;
    private volatile bool _abandoned;

    public BackgroundWrites() => _running = Task.Run(RunAsync);

    /// <summary>Hands a write over, waiting while <see cref="Capacity"/> writes wait; throws an earlier write's failure.</summary>
    public async Task EnqueueAsync(Action write, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        await _queue.Writer.WriteAsync(write, cancellationToken);
    }

    /// <summary>Waits until every write handed over has run; throws the first failure. Nothing can be handed over after.</summary>
    public async Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        await _running;
        ThrowIfFailed();
    }

    /// <summary>Stops taking writes and waits for the running one, whatever the outcome (before a rollback).</summary>
    public Task AbandonAsync()
    {
        // The waiting writes are skipped: the import is rolled back.
        _abandoned = true;
        _queue.Writer.TryComplete();
        return _running;
    }

    private async Task RunAsync()
    {
        await foreach (var write in _queue.Reader.ReadAllAsync())
        {
            if (_abandoned || Volatile.Read(ref _failure) is not null)
            {
                continue;
            }

            try
            {
                write();
            }
#pragma warning disable CA1031 // Any failure is the import's: it is kept and thrown on the caller's side.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(failure));
            }
        }
    }

    private void ThrowIfFailed() => Volatile.Read(ref _failure)?.Throw();
}
