using RareGraph.Domain.Model;

namespace RareGraph.Domain.Writing;

/// <summary>
/// What one applied write changed, with before and after values (null before = created, null after = removed).
/// Drives the projection refresh, cache versioning and subscriptions (the audit entry is written with the change itself).
/// </summary>
public sealed record GraphChange(
    long Version,
    string Operation,
    IReadOnlyList<Change<Entity>> Entities,
    IReadOnlyList<Change<Relationship>> Relationships);
