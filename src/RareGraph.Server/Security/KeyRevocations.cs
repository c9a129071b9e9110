namespace RareGraph.Server.Security;

/// <summary>
/// Tells this process's open connections at once when one of its requests revokes an issued key; connections on other
/// replicas learn it from their periodic check (<see cref="CredentialLifetime"/>).
/// </summary>
internal sealed class KeyRevocations
{
    private readonly Lock _gate = new();
    private readonly List<(string KeyId, Action Revoked)> _watchers = [];

    public IDisposable Watch(string keyId, Action revoked)
    {
        var watcher = (keyId, revoked);
        lock (_gate)
        {
            _watchers.Add(watcher);
        }

        return new Unwatch(this, watcher);
    }

    public void Revoked(string keyId)
    {
        List<Action> due;
        lock (_gate)
        {
            due = [.. _watchers.Where(w => string.Equals(w.KeyId, keyId, StringComparison.Ordinal)).Select(w => w.Revoked)];
        }

        foreach (var revoked in due)
        {
            revoked();
        }
    }

    private sealed class Unwatch(KeyRevocations owner, (string, Action) watcher) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._watchers.Remove(watcher);
            }
        }
    }
}
