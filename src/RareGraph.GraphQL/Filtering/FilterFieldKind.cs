namespace RareGraph.GraphQL.Filtering;

internal enum FilterFieldKind
{
    Text,
    Identifier,
    Enum,
    Date,
    Number,
    RelationshipShortcut,
}
