using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Maps entities to flat node properties and back. Every node carries <c>key</c>, <c>name</c> and <c>nameFold</c> (the
/// name folded as <see cref="TextFolding"/> does: what a listing sorts on and a search looks in); enum values are stored as their C# names and severities also as their rank, so Neo4j orders by exactly
/// what <see cref="Domain.Querying.SortValues"/> returns. Null properties are left out: Neo4j does not store nulls.
/// Every label also carries its provenance and validity (<c>source</c>, <c>confidence</c>, <c>validFrom</c>,
/// <c>validTo</c>) when recorded; threats written before polarity existed have no <c>polarity</c> and read as restrictive.
/// </summary>
internal static class EntityProperties
{
    public static Dictionary<string, object?> From(Entity entity)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = entity.Key,
            ["name"] = entity.Name,
            ["nameFold"] = TextFolding.Fold(entity.Name),
        };
        switch (entity)
        {
            case Jurisdiction j:
                properties["displayName"] = j.DisplayName;
                properties["code"] = j.Code;
                properties["kind"] = j.Kind.ToString();
                properties["tags"] = j.Tags.ToList();
                break;
            case Organisation o:
                properties["displayName"] = o.DisplayName;
                properties["kind"] = o.Kind.ToString();
                AddIfPresent(properties, "website", o.Website);
                properties["tags"] = o.Tags.ToList();
                break;
            case Defender d:
                properties["pseudonym"] = d.Pseudonym;
                AddIfPresent(properties, "legalName", d.Restricted.LegalName);
                AddIfPresent(properties, "contact", d.Restricted.Contact);
                AddIfPresent(properties, "location", d.Restricted.Location);
                AddIfPresent(properties, "riskLevel", d.Restricted.RiskLevel?.ToString());
                properties["riskRank"] = d.Restricted.RiskLevel is { } risk ? (long)risk : -1L;
                break;
            case Threat t:
                properties["title"] = t.Title;
                properties["category"] = t.Category.ToString();
                properties["occurredOn"] = t.OccurredOn;
                properties["datePrecision"] = t.DatePrecision.ToString();
                properties["severity"] = t.Severity.ToString();
                properties["severityRank"] = (long)t.Severity;
                AddIfPresent(properties, "summary", t.Summary);
                properties["sources"] = t.Sources.ToList();
                break;
            case Programme or Camp or Campaign or ActionItem:
                AllianceWorkProperties.Add(properties, entity);
                break;
            default:
                throw new ArgumentException($"Unknown entity type {entity.GetType().Name}.", nameof(entity));
        }

        AddProvenance(properties, entity);
        return properties;
    }

    /// <summary>The fields every label shares, and a threat's polarity (always written, so new nodes never need a default).</summary>
    private static void AddProvenance(Dictionary<string, object?> properties, Entity entity)
    {
        if (entity is Threat threat)
        {
            properties["polarity"] = threat.Polarity.ToString();
        }

        AddIfPresent(properties, "source", entity.Source);
        if (entity.Confidence is { } confidence)
        {
            properties["confidence"] = confidence;
        }

        if (entity.ValidFrom is { } validFrom)
        {
            properties["validFrom"] = validFrom;
        }

        if (entity.ValidTo is { } validTo)
        {
            properties["validTo"] = validTo;
        }
    }

    public static Entity ToEntity(Neo4jNode node)
    {
        var p = new PropertyBag(node.Properties);
        return ToBareEntity(node, p) with
        {
            Source = p.OptionalString("source"),
            Confidence = p.OptionalDouble("confidence"),
            ValidFrom = p.OptionalDate("validFrom"),
            ValidTo = p.OptionalDate("validTo"),
        };
    }

    private static Entity ToBareEntity(Neo4jNode node, PropertyBag p)
    {
        var key = p.String("key");
        if (node.Labels.Contains(nameof(EntityLabel.Jurisdiction), StringComparer.Ordinal))
        {
            return new Jurisdiction(key, p.String("displayName"), p.String("code"), p.Enum<JurisdictionKind>("kind")) { Tags = p.Strings("tags") };
        }

        if (node.Labels.Contains(nameof(EntityLabel.Organisation), StringComparer.Ordinal))
        {
            return new Organisation(key, p.String("displayName"), p.Enum<OrganisationKind>("kind"))
            {
                Website = p.OptionalString("website"),
                Tags = p.Strings("tags"),
            };
        }

        if (node.Labels.Contains(nameof(EntityLabel.Defender), StringComparer.Ordinal))
        {
            return new Defender(key, p.String("pseudonym"))
            {
                Restricted = new DefenderRestrictedData(
                    p.OptionalString("legalName"),
                    p.OptionalString("contact"),
                    p.OptionalString("location"),
                    p.OptionalEnum<Severity>("riskLevel")),
            };
        }

        if (node.Labels.Contains(nameof(EntityLabel.Threat), StringComparer.Ordinal))
        {
            return new Threat(key, p.String("title"), p.Enum<ThreatCategory>("category"), p.Date("occurredOn"))
            {
                DatePrecision = p.Enum<DatePrecision>("datePrecision"),
                Severity = p.Enum<Severity>("severity"),
                Summary = p.OptionalString("summary"),
                Sources = p.Strings("sources"),
                Polarity = p.OptionalEnum<EventPolarity>("polarity") ?? EventPolarity.Restrictive,
            };
        }

        return AllianceWorkProperties.ToEntity(node, p)
            ?? throw new FormatException("A node labelled Entity carries none of the entity labels.");
    }

    internal static void AddIfPresent(Dictionary<string, object?> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
