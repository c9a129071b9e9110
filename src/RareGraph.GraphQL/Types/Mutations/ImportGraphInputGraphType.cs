using GraphQL.Types;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class ImportGraphInputGraphType : InputObjectGraphType<ImportGraphInput>
{
    public ImportGraphInputGraphType()
    {
        Name = "ImportGraphInput";
        Description = "One atomic, idempotent batch: all of it is written, or none of it.";
        Field<ListGraphType<NonNullGraphType<UpsertJurisdictionInputGraphType>>>("jurisdictions");
        Field<ListGraphType<NonNullGraphType<UpsertOrganisationInputGraphType>>>("organisations");
        Field<ListGraphType<NonNullGraphType<UpsertDefenderInputGraphType>>>("defenders");
        Field<ListGraphType<NonNullGraphType<RecordThreatInputGraphType>>>("threats");
        Field<ListGraphType<NonNullGraphType<RelateInputGraphType>>>("relationships");
    }
}
