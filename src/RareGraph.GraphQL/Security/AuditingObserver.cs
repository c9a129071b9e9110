using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// Records every applied write in the audit trail, right after its commit and before the mutation answers, naming the
/// caller of the request it runs in (<see cref="CallerScope"/>).
/// </summary>
/// <remarks>
/// One entry per applied write: the writer announces each committed change exactly once, and the entry's identity is
/// the graph version the write produced, so an append repeated for the same version is ignored. A write that changes
/// nothing (a repeated upsert) produces no version and no entry: there is no before/after to record.
/// The append is not in the store's transaction (stores are separate adapters); if it fails, the failure is logged as
/// critical, without data, and the mutation still answers, because its change is already committed.
/// </remarks>
internal sealed partial class AuditingObserver(IAuditTrail trail, TimeProvider time, ILogger<AuditingObserver> logger) : IGraphChangeObserver
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void OnChanged(GraphChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            trail.Append(ToEntry(change, CallerScope.Actor, time.GetUtcNow()));
        }
#pragma warning disable CA1031 // An observer must not throw: the write it reports is already committed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAppendFailed(logger, change.Version, change.Operation, e.GetType().Name);
        }
    }

    public static AuditEntry ToEntry(GraphChange change, string actor, DateTimeOffset at)
    {
        var changes = new List<AuditedChange>(change.Entities.Count + change.Relationships.Count);
        changes.AddRange(change.Entities.Select(c => new AuditedChange(
            AuditSubject.Entity, (c.After ?? c.Before)!.Key, Serialize(c.Before), Serialize(c.After))));
        changes.AddRange(change.Relationships.Select(c => new AuditedChange(
            AuditSubject.Relationship, KeyOf((c.After ?? c.Before)!), Serialize(c.Before), Serialize(c.After))));
        return new AuditEntry(change.Version, at, actor, change.Operation, changes);
    }

    /// <summary>The relationship's identity as the API would write it: <c>from-[TYPE]->to</c>.</summary>
    public static string KeyOf(Relationship relationship) =>
        $"{relationship.FromKey}-[{EnumNames.ToUpperSnake(relationship.Type.ToString())}]->{relationship.ToKey}";

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The audit entry for graph version {Version} ({Operation}) could not be written: {ExceptionType}")]
    private static partial void LogAppendFailed(ILogger logger, long version, string operation, string exceptionType);
}
