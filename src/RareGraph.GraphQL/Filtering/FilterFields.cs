using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Filters;

namespace RareGraph.GraphQL.Filtering;

/// <summary>Which conditions each label's <c>where</c> input offers. The input types and the translator both read this.</summary>
internal static class FilterFields
{
    private static readonly FilterField Key = Identifier("key", EntityField.Key, "The entity's key.");

    private static readonly FilterField Source = new(
        "source", typeof(SourceFilterGraphType), FilterFieldKind.Text, "Where the fact that it exists comes from (`illustrative`: invented demo data).")
    {
        Field = EntityField.Source,
    };

    private static readonly FilterField Confidence = new(
        "confidence", typeof(ConfidenceFilterGraphType), FilterFieldKind.Number, "How sure that source is (a missing confidence counts as 1).")
    {
        Field = EntityField.Confidence,
    };

    public static IReadOnlyList<FilterField> For(EntityLabel label) => label switch
    {
        EntityLabel.Organisation =>
        [
            Key,
            Text("name", EntityField.Name, "The organisation's name."),
            Enum<OrganisationKindGraphType, OrganisationKind>("kind", "Its kind."),
            Identifier("tag", EntityField.Tag, "Any one of its tags."),
            Shortcut("basedIn", RelationshipType.BasedIn, RelationshipDirection.Outgoing, "The key of the jurisdiction it is BASED_IN."),
            Source,
            Confidence,
        ],
        EntityLabel.Jurisdiction =>
        [
            Key,
            Text("name", EntityField.Name, "The jurisdiction's name."),
            Identifier("code", EntityField.Code, "ISO 3166-1 alpha-2 or body code."),
            Enum<JurisdictionKindGraphType, JurisdictionKind>("kind", "Country, supranational body or region."),
            Identifier("tag", EntityField.Tag, "Any one of its tags."),
            Source,
            Confidence,
        ],
        EntityLabel.Defender =>
        [
            Key,
            Text("displayName", EntityField.Name, "The pseudonym."),
            Shortcut("basedIn", RelationshipType.BasedIn, RelationshipDirection.Outgoing, "The key of the jurisdiction the defender is BASED_IN."),
            Shortcut("affiliatedWith", RelationshipType.AffiliatedWith, RelationshipDirection.Outgoing, "The key of an organisation the defender is AFFILIATED_WITH."),
            Enum<SeverityGraphType, Severity>("riskLevel", "Restricted: refused to roles that may not read risk levels.", EntityField.RiskLevel) with { Restricted = true },
            Source,
            Confidence,
        ],
        EntityLabel.Threat =>
        [
            Key,
            Text("title", EntityField.Name, "The threat's title."),
            Enum<ThreatCategoryGraphType, ThreatCategory>("category", "Its category.", EntityField.Category),
            Enum<SeverityGraphType, Severity>("severity", "Its severity.", EntityField.Severity),
            new("occurredOn", typeof(DateFilterGraphType), FilterFieldKind.Date, "When it occurred (inclusive ranges).") { Field = EntityField.OccurredOn },
            Shortcut("jurisdiction", RelationshipType.OccurredIn, RelationshipDirection.Outgoing, "The key of the jurisdiction it OCCURRED_IN."),
            Shortcut("targets", RelationshipType.Targets, RelationshipDirection.Outgoing, "The key of an entity it TARGETS."),
            Enum<EventPolarityGraphType, EventPolarity>("polarity", "Whether it restricts or protects civic space.", EntityField.Polarity),
            Shortcut("initiatedBy", RelationshipType.InitiatedBy, RelationshipDirection.Outgoing, "The key of an organisation it was INITIATED_BY."),
            Source,
            Confidence,
        ],
        EntityLabel.Programme or EntityLabel.Camp or EntityLabel.Campaign or EntityLabel.ActionItem => ForAllianceWork(label),
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>Programmes, camps, campaigns and action items: title, key, provenance and their links.</summary>
    private static IReadOnlyList<FilterField> ForAllianceWork(EntityLabel label) => label switch
    {
        EntityLabel.Programme => [Key, Text("title", EntityField.Name, "The programme's title."), Source, Confidence],
        EntityLabel.Camp =>
        [
            Key,
            Text("title", EntityField.Name, "The camp's title."),
            Shortcut("programme", RelationshipType.PartOf, RelationshipDirection.Outgoing, "The key of the programme it is PART_OF."),
            Shortcut("heldIn", RelationshipType.HeldIn, RelationshipDirection.Outgoing, "The key of the jurisdiction it was HELD_IN."),
            Source,
            Confidence,
        ],
        EntityLabel.Campaign =>
        [
            Key,
            Text("title", EntityField.Name, "The campaign's title."),
            Shortcut("advocatesTo", RelationshipType.AdvocatesTo, RelationshipDirection.Outgoing, "The key of a body it ADVOCATES_TO."),
            Shortcut("respondsTo", RelationshipType.RespondsTo, RelationshipDirection.Outgoing, "The key of an event it RESPONDS_TO."),
            Shortcut("runBy", RelationshipType.Runs, RelationshipDirection.Incoming, "The key of an organisation that RUNS it."),
            Source,
            Confidence,
        ],
        EntityLabel.ActionItem =>
        [
            Key,
            Text("title", EntityField.Name, "The item's title."),
            Shortcut("partOf", RelationshipType.PartOf, RelationshipDirection.Outgoing, "The key of the campaign or camp it is PART_OF."),
            Shortcut("ownedBy", RelationshipType.Owns, RelationshipDirection.Incoming, "The key of an organisation that OWNS it."),
            Source,
            Confidence,
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    private static FilterField Text(string name, EntityField field, string description) =>
        new(name, typeof(StringFilterGraphType), FilterFieldKind.Text, description) { Field = field };

    private static FilterField Identifier(string name, EntityField field, string description) =>
        new(name, typeof(KeyFilterGraphType), FilterFieldKind.Identifier, description) { Field = field };

    private static FilterField Enum<TGraphType, TEnum>(string name, string description, EntityField field = EntityField.Kind)
        where TGraphType : global::GraphQL.Types.EnumerationGraphType =>
        new(name, typeof(EnumFilterGraphType<TGraphType>), FilterFieldKind.Enum, description) { Field = field, EnumType = typeof(TEnum) };

    private static FilterField Shortcut(string name, RelationshipType type, RelationshipDirection direction, string description) =>
        new(name, typeof(global::GraphQL.Types.StringGraphType), FilterFieldKind.RelationshipShortcut, description)
        {
            RelationshipType = type,
            Direction = direction,
        };
}
