using System.Collections.Concurrent;

namespace RareGraph.Server.Security;

/// <summary>
/// The logger factory the API-key handler is given. ASP.NET Core makes an authentication handler afresh for every
/// request, and its constructor asks for its logger; the host's factory answers under one lock that every request then
/// queues on. This one hands out the same loggers (the host's own, which follow its filters) from a lock-free map.
/// </summary>
/// <remarks>Not the owner of the host's factory: disposing it disposes nothing.</remarks>
internal sealed class HandlerLoggerFactory(ILoggerFactory host) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.TryGetValue(categoryName, out var logger) ? logger : _loggers.GetOrAdd(categoryName, host.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => host.AddProvider(provider);

    public void Dispose()
    {
    }
}
