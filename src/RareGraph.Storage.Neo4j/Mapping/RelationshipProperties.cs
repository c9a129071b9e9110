using RareGraph.Domain.Model;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Mapping;

/// <summary>Maps relationships to Neo4j relationship properties (strength, validFrom, validTo, source, confidence, and a participation's role) and back.</summary>
internal static class RelationshipProperties
{
    public static Dictionary<string, object?> From(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["strength"] = relationship.Strength };
        if (relationship.ValidFrom is { } from)
        {
            properties["validFrom"] = from;
        }

        if (relationship.ValidTo is { } to)
        {
            properties["validTo"] = to;
        }

        if (relationship.Source is { } source)
        {
            properties["source"] = source;
        }

        if (relationship.Confidence is { } confidence)
        {
            properties["confidence"] = confidence;
        }

        if (relationship.Role is { } role)
        {
            properties["role"] = role.ToString();
        }

        return properties;
    }

    public static Relationship ToRelationship(string fromKey, Neo4jRelationship stored, string toKey)
    {
        var p = new PropertyBag(stored.Properties);
        return new Relationship(fromKey, CypherNames.ParseRelationshipType(stored.Type), toKey)
        {
            Strength = p.OptionalDouble("strength") ?? Relationship.DefaultStrength,
            ValidFrom = p.OptionalDate("validFrom"),
            ValidTo = p.OptionalDate("validTo"),
            Source = p.OptionalString("source"),
            Confidence = p.OptionalDouble("confidence"),
            Role = p.OptionalEnum<ParticipationRole>("role"),
        };
    }
}
