using System.Text.Json;

namespace RareGraph.Domain.Auditing;

/// <summary>
/// The one JSON form in which every store keeps an entry's changes (a text column in SQLite, a string property in
/// Neo4j): <c>[{"Subject":"Entity","Key":"HU","Before":null,"After":"{…}"}]</c>. Entries written before the trail moved
/// into the graph store use the same form, so they read back unchanged.
/// </summary>
public static class StoredChanges
{
    public static string Serialize(IReadOnlyList<AuditedChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return JsonSerializer.Serialize(changes.Select(c => new Row(c.Subject.ToString(), c.Key, c.Before, c.After)).ToArray());
    }

    public static IReadOnlyList<AuditedChange> Deserialize(string json) =>
        (JsonSerializer.Deserialize<Row[]>(json) ?? [])
            .Select(r => new AuditedChange(Enum.Parse<AuditSubject>(r.Subject), r.Key, r.Before, r.After))
            .ToList();

    private sealed record Row(string Subject, string Key, string? Before, string? After);
}
