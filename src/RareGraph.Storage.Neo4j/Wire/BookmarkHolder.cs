namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// The newest bookmarks this process has seen. Sent with every request so that a read routed to any cluster member
/// waits until it has the writes this process made (causal consistency, "read your own writes").
/// </summary>
internal sealed class BookmarkHolder
{
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _bookmarks = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
            {
                return _bookmarks;
            }
        }
    }

    public void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _bookmarks = bookmarks;
        }
    }

    /// <summary>Forgets bookmarks the server rejected (the database was recreated): consistency restarts from now.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _bookmarks = [];
        }
    }
}
