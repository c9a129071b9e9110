using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class FlowDirectionGraphType : EnumerationGraphType<FlowDirection>
{
    public FlowDirectionGraphType()
    {
        Name = "SpilloverFlow";
        Description = "Along which stored direction spill-over travels over a relationship type.";
        Values["NONE"]!.Description = "It carries none: it defines seeds, initiators or the law lineage.";
        Values["FORWARD"]!.Description = "From the stored `from` to the stored `to` only.";
        Values["BACKWARD"]!.Description = "From the stored `to` back to the stored `from` only (a jurisdiction reaching those based in it).";
        Values["BOTH"]!.Description = "Either way.";
    }
}
