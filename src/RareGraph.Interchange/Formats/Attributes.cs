namespace RareGraph.Interchange.Formats;

/// <summary>
/// The attribute names every format writes and reads, so an export imports again unchanged. <see cref="Name"/> is the
/// entity's key (igraph and networkx find vertices by it; ids may be renumbered by a tool), <see cref="Label"/> the
/// name a person reads (Gephi's label), <see cref="Entity"/> which kind of node it is (one of the spill-over model's
/// four, or a programme, camp, campaign or action item of the alliance's own work).
/// </summary>
public static class Attributes
{
    public const string Name = "name";
    public const string Label = "label";
    public const string Entity = "entity";
    public const string Kind = "kind";
    public const string Code = "code";
    public const string Jurisdiction = "jurisdiction";
    public const string Website = "website";
    public const string Tags = "tags";
    public const string OccurredOn = "occurredOn";
    public const string DatePrecision = "datePrecision";
    public const string Severity = "severity";
    public const string Polarity = "polarity";
    public const string Summary = "summary";
    public const string Sources = "sources";
    /// <summary>Where a fact comes from (the API's <c>source</c>), renamed because <c>source</c> is an edge endpoint in Cytoscape and Gephi.</summary>
    public const string Source = "provenance";
    public const string Confidence = "confidence";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";
    /// <summary>A campaign's or an action item's status.</summary>
    public const string Status = "status";
    /// <summary>The first day of a programme, camp or campaign (its own dates, beside the record's validity).</summary>
    public const string StartsOn = "startsOn";
    public const string EndsOn = "endsOn";
    public const string DueOn = "dueOn";
    /// <summary>A camp's city: left out of redacted files, which keep only the country (<see cref="Jurisdiction"/>).</summary>
    public const string City = "city";
    public const string Topic = "topic";
    public const string Goal = "goal";
    /// <summary>What a participant did at a camp or programme (PARTICIPATES_IN only): declared only in files that hold attendance.</summary>
    public const string Role = "role";
    public const string LegalName = "legalName";
    public const string Contact = "contact";
    public const string Location = "location";
    public const string RiskLevel = "riskLevel";
    public const string PageRank = "pageRank";
    public const string Community = "community";
    public const string Score = "score";
    public const string Hops = "hops";
    public const string CrossBorder = "crossBorder";
    public const string Relationship = "relationship";
    public const string Weight = "weight";
    public const string OnPath = "onPath";

    /// <summary>Separates the items of a list attribute (tags, sources): not a character a URL or a tag carries unescaped.</summary>
    public const char ListSeparator = '|';

    /// <summary>The restricted defender fields: absent from every export for roles that may not see them, and from redacted ones.</summary>
    public static IReadOnlyList<string> Restricted { get; } = [LegalName, Contact, Location, RiskLevel];
}
