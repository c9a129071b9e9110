using GraphQL.Types;
using RareGraph.Analysis.Paths;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class PathOrderGraphType : EnumerationGraphType<PathRanking>
{
    public PathOrderGraphType()
    {
        Name = "PathOrder";
        Description = "Which paths come first; ties then go by the entity keys along the path.";
        Values["SCORE"]!.Description = "The strongest spill-over first (a 4-step path of 0.41 before a 3-step path of 0.22), then fewer steps.";
        Values["HOPS"]!.Description = "The fewest steps first, then the stronger spill-over.";
    }
}
