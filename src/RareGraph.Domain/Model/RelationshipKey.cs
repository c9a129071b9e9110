namespace RareGraph.Domain.Model;

public readonly record struct RelationshipKey(string FromKey, RelationshipType Type, string ToKey)
{
    public override string ToString() => $"{FromKey} -[{Type}]-> {ToKey}";
}
