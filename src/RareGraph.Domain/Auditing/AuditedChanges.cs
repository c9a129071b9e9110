using System.Text.Json;
using System.Text.Json.Serialization;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.Domain.Auditing;

/// <summary>Turns the before/after values of a planned write into the changes its audit entry records.</summary>
internal static class AuditedChanges
{
    /// <summary>The schema's spelling: camelCase members and UPPER_SNAKE enum values (<c>"kind":"NGO"</c>).</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<AuditedChange> Of(IReadOnlyList<Change<Entity>> entities, IReadOnlyList<Change<Relationship>> relationships)
    {
        var changes = new List<AuditedChange>(entities.Count + relationships.Count);
        changes.AddRange(entities.Select(c => new AuditedChange(
            AuditSubject.Entity, (c.After ?? c.Before)!.Key, Serialize(c.Before), Serialize(c.After))));
        changes.AddRange(relationships.Select(c => new AuditedChange(
            AuditSubject.Relationship, KeyOf((c.After ?? c.Before)!), Serialize(c.Before), Serialize(c.After))));
        return changes;
    }

    /// <summary>The relationship's identity as the API would write it: <c>from-[TYPE]->to</c>.</summary>
    private static string KeyOf(Relationship relationship) =>
        $"{relationship.FromKey}-[{ApiWording.Name(relationship.Type)}]->{relationship.ToKey}";

    // The runtime type, so a Defender's restricted fields are recorded too: the trail is for ADMIN only.
    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);
}
