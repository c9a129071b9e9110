using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class RecordThreatInputGraphType : InputObjectGraphType<RecordThreatInput>
{
    public RecordThreatInputGraphType()
    {
        Name = "RecordThreatInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<ThreatCategoryGraphType>>("category");
        Field<NonNullGraphType<CalendarDateGraphType>>("occurredOn");
        Field<DatePrecisionGraphType>("datePrecision").DefaultValue(DatePrecision.Day);
        Field<SeverityGraphType>("severity").DefaultValue(Severity.Medium);
        Field<EventPolarityGraphType>("polarity").DefaultValue(EventPolarity.Restrictive)
            .Description("PROTECTIVE for a ruling, directive, resolution or acquittal that strengthens civic space.");
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sources");
        Field<StringGraphType>("jurisdictionKey").Description("Where it OCCURRED_IN: a seed of its impact.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetKeys").Description("What it TARGETS: seeds of its impact. Replaces earlier targets.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("initiatedByKeys")
            .Description("The organisations that brought it about (INITIATED_BY): never seeds, never reached by its spill-over. Replaces earlier initiators; omit to keep them.");
        EntityInputFields.AddProvenance(this);
    }
}
