using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Schema;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary><c>coverageGap</c>: the subscription that tells the alliance where a write left nobody lobbying.</summary>
internal static class CoverageGapField
{
    public static void Add(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<CoverageGapGraphType>>("coverageGap")
            .Description("Each government, parliament or multilateral body the event affects that a write leaves without an ACTIVE campaign advocating to it (judged as of today, as `coverage` does).")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .MinScoreArgument(AnalysisArguments.ImpactDefaults.MinScore)
            .MaxHopsArgument(AnalysisArguments.ImpactDefaults.MaxHops)
            .MinConfidenceArgument()
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Some of GOVERNMENT, PARLIAMENT, MULTILATERAL (default: all three).")
            .Resolve(ctx => ctx.Source)
            .ResolveStreamAsync(async ctx =>
            {
                var question = new CoverageArguments(
                    ctx.GetArgument<string>("threatKey"),
                    At: null,
                    ctx.MinConfidence(),
                    ctx.MaxHops(AnalysisArguments.ImpactDefaults.MaxHops),
                    ctx.MinScore(AnalysisArguments.ImpactDefaults.MinScore),
                    ctx.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet());
                var coverage = ctx.RequestServices!.GetRequiredService<CoverageGateway>();
                var baseline = await CoverageWatch.BaselineAsync(coverage, question, ctx.CancellationToken);
                return new SubscriptionStream<CoverageGapEvent>(SubscriptionType.Registry(ctx), observer => new CoverageWatch(coverage, question, baseline, observer));
            });
}
