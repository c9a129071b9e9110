using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

#pragma warning disable CA2227, CA1002 // input DTOs are bound by the GraphQL.NET parser through setters

internal sealed class RecordThreatInput : EntityInput
{
    public string Title { get; set; } = "";
    public ThreatCategory Category { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DatePrecision? DatePrecision { get; set; }
    public Severity? Severity { get; set; }
    public EventPolarity? Polarity { get; set; }
    public string? Summary { get; set; }
    public List<string>? Sources { get; set; }
    public string? JurisdictionKey { get; set; }
    public List<string>? TargetKeys { get; set; }
    public List<string>? InitiatedByKeys { get; set; }
}
