using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class AllianceMemberOrderGraphType : EnumerationGraphType<AllianceMemberOrder>
{
    public AllianceMemberOrderGraphType()
    {
        Description = "Metrics order descending; ties and KEY order by key ascending.";
    }
}
