using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Filtering;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace RareGraph.GraphQL.Schema;

/// <summary>Declares the filtered, sorted, keyset-paged listing of one label (<c>organisations</c>, <c>threats</c>…).</summary>
internal static class ListingField
{
    public const int MaxSortTerms = 4;

    public static void Add<TNodeType, TFilterType, TSortType>(ObjectGraphType type, string name, EntityLabel label, string description)
        where TNodeType : IGraphType
        where TFilterType : IInputObjectGraphType
        where TSortType : IInputObjectGraphType
    {
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description(description)
            .Argument<TFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<TSortType>>>("order", $"Up to {MaxSortTerms} terms (default: by name, as people read it); the key breaks remaining ties.")
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                var user = ctx.RareGraph().User;
                var filter = FilterTranslator.Translate(label, ctx.GetArgument<Dictionary<string, object?>?>("where"), user);
                var sort = Sort(ctx.GetArgument<List<object>?>("order"), user);
                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                var connection = await EntityListing.ListAsync(store, label, filter, sort, PageRequest.From(ctx), ctx.CancellationToken);
                foreach (var edge in connection.Edges)
                {
                    ctx.Loaders().EntitiesByKey.Prime(edge.Node.Key, edge.Node);
                }

                return connection;
            });
    }

    private static List<SortSpec> Sort(List<object>? order, System.Security.Claims.ClaimsPrincipal user)
    {
        if (order is null)
        {
            return [new SortSpec(EntityField.Name)];
        }

        if (order.Count > MaxSortTerms)
        {
            throw RareGraphException.Validation("order", $"Give at most {MaxSortTerms} ordering terms.");
        }

        var terms = new List<SortSpec>();
        foreach (var term in order.Cast<IDictionary<string, object?>>())
        {
            var field = (EntityField)term["field"]!;
            if (field == EntityField.RiskLevel && !RareGraphRoles.CanSeeRestrictedDefenderData(user))
            {
                throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not sort on restricted defender data.", "order");
            }

            if (terms.Any(t => t.Field == field))
            {
                throw RareGraphException.Validation("order", $"Each field may appear once in order.");
            }

            terms.Add(new SortSpec(field, term.TryGetValue("direction", out var d) && d is true));
        }

        return terms;
    }
}
