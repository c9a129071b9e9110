using System.Security.Claims;
using RareGraph.Domain.Auditing;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// Who is running the current request, for the audit trail. The executor enters a scope around execution; the write
/// path runs inside it, on the same asynchronous flow, and asks for the actor through <see cref="CallerAuditActor"/>,
/// so the caller need not be threaded through every resolver.
/// </summary>
public static class CallerScope
{
    public const string Anonymous = "anonymous";

    /// <summary>Writes made outside any request: the demo data loader, start-up tasks.</summary>
    public const string Background = SystemActor.Name;

    private static readonly AsyncLocal<string?> CurrentActor = new();

    /// <summary>
    /// The caller's audit name (<c>key:ops-1</c>, or a token subject), <see cref="Anonymous"/> inside an anonymous
    /// request, <see cref="Background"/> outside any request.
    /// </summary>
    public static string Actor => CurrentActor.Value ?? Background;

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
