using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class RecordThreatInputGraphType : PartialInputGraphType<RecordThreatInput>
{
    public RecordThreatInputGraphType()
    {
        Name = "RecordThreatInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<ThreatCategoryGraphType>>("category");
        Field<NonNullGraphType<CalendarDateGraphType>>("occurredOn");
        Field<DatePrecisionGraphType>("datePrecision").Description("DAY when a new threat leaves it out (or sets it to null).");
        Field<SeverityGraphType>("severity").Description("MEDIUM when a new threat leaves it out (or sets it to null).");
        Field<EventPolarityGraphType>("polarity")
            .Description("PROTECTIVE for a ruling, directive, resolution or acquittal that strengthens civic space; RESTRICTIVE when a new threat leaves it out (or sets it to null).");
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sources");
        Field<StringGraphType>("jurisdictionKey").Description("Where it OCCURRED_IN: a seed of its impact. Omit to keep the current place, null to remove it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetKeys").Description("What it TARGETS: seeds of its impact. Replaces earlier targets; omit to keep them, null or [] to remove them.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("initiatedByKeys")
            .Description("The organisations that brought it about (INITIATED_BY): never seeds, never reached by its spill-over. Replaces earlier initiators; omit to keep them, null or [] to remove them.");
        EntityInputFields.AddProvenance(this);
    }
}
