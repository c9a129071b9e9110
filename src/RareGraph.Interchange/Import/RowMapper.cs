using System.Globalization;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Turns rows read from a file into entities and relationships, reading the attribute names the exports write. A value
/// that does not parse is a VALIDATION error naming the attribute; the model's own rules are checked afterwards.
/// </summary>
internal static class RowMapper
{
    public static Entity ToEntity(ImportRow row)
    {
        var key = row[ImportRow.Key] ?? row[Attributes.Name] ?? throw RareGraphException.Validation("key", "The node has no id or key.");
        var name = row[Attributes.Label] ?? key;
        var entityText = row[Attributes.Entity] ?? throw RareGraphException.Validation(Attributes.Entity, $"Say which kind of node this is: {LabelNames}.");
        var label = LabelOf(entityText, out var impliedKind);
        Entity entity = EntityLabels.IsAllianceWork(label) ? AllianceWorkRows.ToEntity(row, label, key, name) : label switch
        {
            EntityLabel.Jurisdiction => new Jurisdiction(key, name, row[Attributes.Code] ?? key, Enum<JurisdictionKind>(row, Attributes.Kind) ?? JurisdictionKind.Country)
            {
                Tags = List(row[Attributes.Tags]),
            },
            EntityLabel.Organisation => new Organisation(key, name, impliedKind ?? Enum<OrganisationKind>(row, Attributes.Kind) ?? OrganisationKind.Other)
            {
                Website = row[Attributes.Website],
                Tags = List(row[Attributes.Tags]),
            },
            EntityLabel.Defender => new Defender(key, name)
            {
                Restricted = new DefenderRestrictedData(row[Attributes.LegalName], row[Attributes.Contact], row[Attributes.Location], Enum<Severity>(row, Attributes.RiskLevel)),
            },
            _ => new Threat(
                key,
                name,
                Enum<ThreatCategory>(row, Attributes.Kind) ?? ThreatCategory.Other,
                Date(row, Attributes.OccurredOn) ?? throw RareGraphException.Validation(Attributes.OccurredOn, "A threat needs occurredOn (YYYY-MM-DD)."))
            {
                DatePrecision = Enum<DatePrecision>(row, Attributes.DatePrecision) ?? DatePrecision.Day,
                Severity = Enum<Severity>(row, Attributes.Severity) ?? Severity.Medium,
                Polarity = Enum<EventPolarity>(row, Attributes.Polarity) ?? EventPolarity.Restrictive,
                Summary = row[Attributes.Summary],
                Sources = List(row[Attributes.Sources]),
            },
        };
        return entity with
        {
            Source = row[Attributes.Source],
            Confidence = Number(row, Attributes.Confidence),
            ValidFrom = Date(row, Attributes.ValidFrom),
            ValidTo = Date(row, Attributes.ValidTo),
        };
    }

    public static Relationship ToRelationship(ImportRow row, Func<string, string> keyOf)
    {
        var from = row[ImportRow.From] ?? throw RareGraphException.Validation("source", "The edge has no source.");
        var to = row[ImportRow.To] ?? throw RareGraphException.Validation("target", "The edge has no target.");
        var typeText = row[Attributes.Relationship] ?? throw RareGraphException.Validation(Attributes.Relationship, "Say which relationship this is (MEMBER_OF, PARTNERS_WITH…).");
        if (!EnumNames.TryParse<RelationshipType>(Upper(typeText), out var type))
        {
            throw RareGraphException.Validation(Attributes.Relationship, $"'{typeText}' is not one of {Allowed<RelationshipType>()}.");
        }

        return new Relationship(keyOf(from), type, keyOf(to))
        {
            Strength = Number(row, Attributes.Weight) ?? Relationship.DefaultStrength,
            Source = row[Attributes.Source],
            Confidence = Number(row, Attributes.Confidence),
            ValidFrom = Date(row, Attributes.ValidFrom),
            ValidTo = Date(row, Attributes.ValidTo),
            Role = Enum<ParticipationRole>(row, Attributes.Role),
        };
    }

    /// <summary>
    /// Every spelling of a label a file may use, worked out once: the name in code upper-cased (ACTIONITEM) and in
    /// UPPER_SNAKE (ACTION_ITEM, which "Action item" becomes), and the American ORGANIZATION. Deriving them again for every
    /// node was a string builder per label and row in a large import. Where two labels could share a spelling the earlier
    /// label keeps it, as the search in declaration order did.
    /// </summary>
    private static readonly Dictionary<string, EntityLabel> LabelSpellings = SpellLabels();

    /// <summary>The label a node's <c>entity</c> (or a spreadsheet's <c>Type</c>) names; an organisation kind names an organisation.</summary>
    private static EntityLabel LabelOf(string text, out OrganisationKind? impliedKind)
    {
        impliedKind = null;
        var upper = Upper(text);
        if (LabelSpellings.TryGetValue(upper, out var label))
        {
            return label;
        }

        if (EnumNames.TryParse<OrganisationKind>(upper, out var kind))
        {
            impliedKind = kind;
            return EntityLabel.Organisation;
        }

        throw RareGraphException.Validation(Attributes.Entity, $"'{text}' is not {LabelNames} or an organisation kind.");
    }

    private static Dictionary<string, EntityLabel> SpellLabels()
    {
        var spellings = new Dictionary<string, EntityLabel>(StringComparer.Ordinal) { ["ORGANIZATION"] = EntityLabel.Organisation };
        foreach (var label in System.Enum.GetValues<EntityLabel>())
        {
            spellings.TryAdd(EnumNames.ToUpperSnake(label.ToString()), label);
            spellings.TryAdd(label.ToString().ToUpperInvariant(), label);
        }

        return spellings;
    }

    private static string LabelNames => string.Join(", ", System.Enum.GetValues<EntityLabel>());

    internal static TEnum? Enum<TEnum>(ImportRow row, string name)
        where TEnum : struct, System.Enum
    {
        var text = row[name];
        if (text is null)
        {
            return null;
        }

        return EnumNames.TryParse<TEnum>(Upper(text), out var value)
            ? value
            : throw RareGraphException.Validation(name, $"'{text}' is not one of {Allowed<TEnum>()}.");
    }

    private static double? Number(ImportRow row, string name)
    {
        var text = row[name];
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RareGraphException.Validation(name, $"'{text}' is not a number.");
    }

    internal static DateOnly? Date(ImportRow row, string name)
    {
        var text = row[name];
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw RareGraphException.Validation(name, $"'{text}' is not a date as YYYY-MM-DD.");
    }

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(Attributes.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Upper(string text) => text.Trim().Replace(' ', '_').Replace('-', '_').ToUpperInvariant();

    private static string Allowed<TEnum>()
        where TEnum : struct, System.Enum => string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => EnumNames.ToUpperSnake(v.ToString())));
}
