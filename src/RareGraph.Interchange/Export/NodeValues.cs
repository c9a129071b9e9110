using System.Globalization;
using RareGraph.Domain.Model;
using RareGraph.Interchange.Formats;
using RareGraph.Interchange.Redaction;

namespace RareGraph.Interchange.Export;

/// <summary>Turns entities and relationships into the rows every format writes, applying the export's privacy.</summary>
internal sealed class NodeValues(ExportPrivacy privacy, DefenderPseudonyms pseudonyms)
{
    /// <summary>The node attributes an export declares, in column order.</summary>
    public static List<InterchangeAttribute> NodeAttributes(ExportPrivacy privacy)
    {
        var attributes = new List<InterchangeAttribute>
        {
            new(Attributes.Name, AttributeKind.String),
            new(Attributes.Label, AttributeKind.String),
            new(Attributes.Entity, AttributeKind.String),
            new(Attributes.Kind, AttributeKind.String),
            new(Attributes.Code, AttributeKind.String),
            new(Attributes.Jurisdiction, AttributeKind.String),
            new(Attributes.Website, AttributeKind.String),
            new(Attributes.Tags, AttributeKind.String),
            new(Attributes.OccurredOn, AttributeKind.String),
            new(Attributes.DatePrecision, AttributeKind.String),
            new(Attributes.Severity, AttributeKind.String),
            new(Attributes.Polarity, AttributeKind.String),
            new(Attributes.Summary, AttributeKind.String),
            new(Attributes.Sources, AttributeKind.String),
            new(Attributes.Source, AttributeKind.String),
            new(Attributes.Confidence, AttributeKind.Double),
            new(Attributes.ValidFrom, AttributeKind.String),
            new(Attributes.ValidTo, AttributeKind.String),
        };
        attributes.AddRange(AllianceWorkValues.NodeAttributes(privacy));
        if (privacy.IncludeRestricted)
        {
            attributes.AddRange(Attributes.Restricted.Select(name => new InterchangeAttribute(name, AttributeKind.String)));
        }

        return attributes;
    }

    /// <summary>The edge attributes an export declares, in column order (<c>role</c> only where attendance is written).</summary>
    public static List<InterchangeAttribute> EdgeAttributes(ExportPrivacy privacy)
    {
        List<InterchangeAttribute> attributes =
        [
            new(Attributes.Relationship, AttributeKind.String),
            new(Attributes.Weight, AttributeKind.Double),
            new(Attributes.Source, AttributeKind.String),
            new(Attributes.Confidence, AttributeKind.Double),
            new(Attributes.ValidFrom, AttributeKind.String),
            new(Attributes.ValidTo, AttributeKind.String),
        ];
        if (privacy.IncludeAttendance)
        {
            attributes.Add(new(Attributes.Role, AttributeKind.String));
        }

        return attributes;
    }

    /// <summary>The node id of <paramref name="key"/>: a defender's pseudonym in a redacted export, else the key.</summary>
    public string IdOf(string key, EntityLabel label) =>
        privacy.Redact && label == EntityLabel.Defender ? pseudonyms.Of(key) : key;

    public ExportNode Node(Entity entity, string? jurisdictionCode, IReadOnlyDictionary<string, object>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = IdOf(entity.Key, entity.Label);
        var redacted = privacy.Redact && entity is Defender;
        var label = redacted ? id : entity.Name;
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Attributes.Name] = id,
            [Attributes.Label] = label,
            [Attributes.Entity] = entity.Label.ToString(),
        };
        Put(values, Attributes.Jurisdiction, jurisdictionCode);
        PutOwnFields(values, entity);
        // A source about a defender may name them; a redacted file keeps only how sure and when.
        if (!redacted)
        {
            Put(values, Attributes.Source, entity.Source);
        }

        if (entity.Confidence is { } confidence)
        {
            values[Attributes.Confidence] = confidence;
        }

        Put(values, Attributes.ValidFrom, Date(entity.ValidFrom));
        Put(values, Attributes.ValidTo, Date(entity.ValidTo));
        if (extra is not null)
        {
            foreach (var (name, value) in extra)
            {
                values[name] = value;
            }
        }

        return new ExportNode(id, label, values, entity.ValidFrom, entity.ValidTo);
    }

    public ExportEdge Edge(Relationship relationship, string sourceId, string targetId, bool touchesRedacted, IReadOnlyDictionary<string, object>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var type = Upper(relationship.Type);
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Attributes.Relationship] = type,
            [Attributes.Weight] = relationship.Strength,
        };
        if (!touchesRedacted)
        {
            Put(values, Attributes.Source, relationship.Source);
        }

        if (relationship.Confidence is { } confidence)
        {
            values[Attributes.Confidence] = confidence;
        }

        Put(values, Attributes.ValidFrom, Date(relationship.ValidFrom));
        Put(values, Attributes.ValidTo, Date(relationship.ValidTo));
        Put(values, Attributes.Role, relationship.Role is { } role ? Upper(role) : null);
        if (extra is not null)
        {
            foreach (var (name, value) in extra)
            {
                values[name] = value;
            }
        }

        return new ExportEdge($"{sourceId}-[{type}]->{targetId}", sourceId, targetId, type, relationship.Strength, values, relationship.ValidFrom, relationship.ValidTo);
    }

    private void PutOwnFields(Dictionary<string, object> values, Entity entity)
    {
        switch (entity)
        {
            case Jurisdiction jurisdiction:
                Put(values, Attributes.Kind, Upper(jurisdiction.Kind));
                Put(values, Attributes.Code, jurisdiction.Code);
                Put(values, Attributes.Tags, List(jurisdiction.Tags));
                break;
            case Organisation organisation:
                Put(values, Attributes.Kind, Upper(organisation.Kind));
                Put(values, Attributes.Website, organisation.Website);
                Put(values, Attributes.Tags, List(organisation.Tags));
                break;
            case Threat threat:
                Put(values, Attributes.Kind, Upper(threat.Category));
                Put(values, Attributes.OccurredOn, Date(threat.OccurredOn));
                Put(values, Attributes.DatePrecision, Upper(threat.DatePrecision));
                Put(values, Attributes.Severity, Upper(threat.Severity));
                Put(values, Attributes.Polarity, Upper(threat.Polarity));
                Put(values, Attributes.Summary, threat.Summary);
                Put(values, Attributes.Sources, List(threat.Sources));
                break;
            case Defender defender when privacy.IncludeRestricted:
                Put(values, Attributes.LegalName, defender.Restricted.LegalName);
                Put(values, Attributes.Contact, defender.Restricted.Contact);
                Put(values, Attributes.Location, defender.Restricted.Location);
                Put(values, Attributes.RiskLevel, defender.Restricted.RiskLevel is { } risk ? Upper(risk) : null);
                break;
            case Programme or Camp or Campaign or ActionItem:
                AllianceWorkValues.Put(values, entity, privacy);
                break;
        }
    }

    public static string Upper<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames.ToUpperSnake(value.ToString());

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? List(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(Attributes.ListSeparator, items);

    internal static void Put(Dictionary<string, object> values, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[name] = value;
        }
    }
}
