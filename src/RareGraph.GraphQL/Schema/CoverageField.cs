using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.AllianceWork;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Schema;

/// <summary><c>coverage</c>: where the alliance should lobby next about an event.</summary>
internal static class CoverageField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<CoverageGraphType>>>("coverage")
            .Description(
                "For an event, the governments, parliaments and multilateral bodies it affects (its impact, at `at`), each with the ACTIVE campaigns "
                + "already advocating to it; `uncovered` marks those nobody advocates to yet. Ordered as impact: score (highest first), hops, key.")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .Argument<CalendarDateGraphType>("at", "The date of the graph the impact is computed on and on which campaigns must be active (default: today).")
            .MinConfidenceArgument()
            .MaxHopsArgument(AnalysisArguments.ImpactDefaults.MaxHops)
            .MinScoreArgument(AnalysisArguments.ImpactDefaults.MinScore)
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Some of GOVERNMENT, PARLIAMENT, MULTILATERAL (default: all three).")
            .Argument<BooleanGraphType>("uncoveredOnly", "Only the bodies no active campaign advocates to.", a => a.DefaultValue = false)
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var coverage = await ctx.RequestServices!.GetRequiredService<CoverageGateway>().CoverageAsync(
                    new CoverageArguments(
                        ctx.GetArgument<string>("threatKey"),
                        ctx.GetArgument<DateOnly?>("at"),
                        ctx.MinConfidence(),
                        ctx.MaxHops(AnalysisArguments.ImpactDefaults.MaxHops),
                        ctx.MinScore(AnalysisArguments.ImpactDefaults.MinScore),
                        ctx.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet()),
                    ctx.CancellationToken);
                IReadOnlyList<CoverageView> shown = ctx.GetArgument("uncoveredOnly", false) ? [.. coverage.Where(c => c.Uncovered)] : coverage;
                return InMemoryPaging.PageRanked(shown, page);
            });
}
