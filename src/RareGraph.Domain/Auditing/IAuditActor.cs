namespace RareGraph.Domain.Auditing;

/// <summary>Names who is making the write that is being applied now, for its audit entry.</summary>
/// <remarks>
/// A port rather than a field of the request, so no caller of the write path can forget to say who it is: the API
/// layer implements it from the request it is executing, and writes made outside any request are the system's.
/// </remarks>
public interface IAuditActor
{
    /// <summary>An API key id (<c>key:ops</c>), a token subject, <c>anonymous</c> or <see cref="SystemActor.Name"/>.</summary>
    string Current { get; }
}
