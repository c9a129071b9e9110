using System.Security.Claims;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// Who is running the current request, for the audit trail. The executor enters a scope around execution; the write
/// path's observers run inside it, on the same asynchronous flow, so they can name the actor without it being threaded
/// through the domain.
/// </summary>
public static class CallerScope
{
    public const string Anonymous = "anonymous";

    private static readonly AsyncLocal<string?> CurrentActor = new();

    /// <summary>The key id or token subject of the caller (<c>key:ops-1</c>, <c>sub:4f…</c>), or <see cref="Anonymous"/>.</summary>
    public static string Actor => CurrentActor.Value ?? Anonymous;

    /// <summary>Must be called from a synchronous frame of the flow that executes the request, and disposed after it.</summary>
    public static IDisposable Enter(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var previous = CurrentActor.Value;
        CurrentActor.Value = RareGraphRoles.IsSignedIn(user) ? user.Identity!.Name ?? "unnamed" : Anonymous;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => CurrentActor.Value = previous;
    }
}
