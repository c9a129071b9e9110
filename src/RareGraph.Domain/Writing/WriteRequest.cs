using RareGraph.Domain.Model;

namespace RareGraph.Domain.Writing;

/// <summary>
/// What one mutation asks for, with the input path of every item so a broken rule can name the offending field.
/// Built by the API layer, validated and diffed by <see cref="GraphWriter"/>.
/// </summary>
public sealed class WriteRequest(string operation)
{
    /// <summary>The public name of the mutation (<c>upsertOrganisation</c>, <c>importGraph</c>…), for change events and audit.</summary>
    public string Operation { get; } = operation;

    public IList<Located<Entity>> Entities { get; } = [];

    public IList<Located<Relationship>> Relationships { get; } = [];

    public IList<Located<RelationshipKey>> Unrelations { get; } = [];

    public IList<Located<string>> Deletions { get; } = [];

    /// <summary>
    /// After the write, the entity's outgoing relationships of these types are exactly those in <see cref="Relationships"/>:
    /// an organisation has one base, a threat exactly the targets it was last recorded with.
    /// </summary>
    public IList<ExclusiveOutgoing> ExclusiveOutgoing { get; } = [];
}
