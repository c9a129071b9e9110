namespace RareGraph.Domain.Model;

public readonly record struct RelationshipKey(string FromKey, RelationshipType Type, string ToKey)
{
    /// <summary>As a caller writes it: <c>from -[FUNDED_BY]-> to</c>, in the schema's names.</summary>
    public override string ToString() => ApiWording.Describe(this);
}
