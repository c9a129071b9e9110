namespace RareGraph.Interchange.Formats;

/// <summary>
/// The attribute names every format writes and reads, so an export imports again unchanged. <see cref="Name"/> is the
/// entity's key (igraph and networkx find vertices by it; ids may be renumbered by a tool), <see cref="Label"/> the
/// name a person reads (Gephi's label), <see cref="Entity"/> which of the four kinds of node it is.
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
