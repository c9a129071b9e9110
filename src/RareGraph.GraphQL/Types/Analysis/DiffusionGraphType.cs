using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class DiffusionGraphType : ObjectGraphType<DiffusionView>
{
    public DiffusionGraphType()
    {
        Name = "Diffusion";
        Description = "A threat's law lineage: what it was modelled on, cited or answered, and what followed it.";
        Field<NonNullGraphType<ThreatGraphType>>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffusionLinkGraphType>>>>("ancestors")
            .Description("Earlier threats this one links to, directly or through others, nearest first.")
            .Resolve(ctx => ctx.Source.Ancestors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffusionLinkGraphType>>>>("descendants")
            .Description("Later threats that link to this one, directly or through others, nearest first.")
            .Resolve(ctx => ctx.Source.Descendants);
    }
}
