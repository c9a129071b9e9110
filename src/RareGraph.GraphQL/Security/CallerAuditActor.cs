using RareGraph.Domain.Auditing;

namespace RareGraph.GraphQL.Security;

/// <summary>Names the caller of the request being executed (<see cref="CallerScope"/>) in the audit entry of its writes.</summary>
internal sealed class CallerAuditActor : IAuditActor
{
    public string Current => CallerScope.Actor;
}
