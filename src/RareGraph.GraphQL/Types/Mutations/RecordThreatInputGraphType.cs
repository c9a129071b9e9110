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
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sources");
        Field<StringGraphType>("jurisdictionKey").Description("Where it OCCURRED_IN: a seed of its impact.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetKeys").Description("What it TARGETS: seeds of its impact. Replaces earlier targets.");
    }
}
