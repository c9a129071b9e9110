using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Paths;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Analysis;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Schema;

/// <summary>The spill-over questions: impact, paths, exposure, diffusion and alliance analytics.</summary>
internal static class AnalysisFields
{
    public static void Add(ObjectGraphType query)
    {
        AddImpact(query);
        AddPaths(query);
        AddExposure(query);
        AddDiffusion(query);
        AddAlliance(query);
        query.Field<NonNullGraphType<SpilloverModelGraphType>>("spilloverModel")
            .Description("The weights and flow directions the engine uses, and its defaults: what to cite with an answer.")
            .Resolve(_ => new object());
    }

    private static void AddImpact(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ImpactReportGraphType>>("impact")
            .Description("Which organisations a threat affects, how strongly and through which path.")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .MaxHopsArgument(AnalysisArguments.ImpactDefaults.MaxHops)
            .MinScoreArgument(AnalysisArguments.ImpactDefaults.MinScore)
            .Argument<CalendarDateGraphType>("at", "Use the relationships valid on this date (default: the threat's date).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipWeightInputGraphType>>>("weights", "Override the model's weight of a type; 0 switches it off.")
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Only organisations of these kinds (GOVERNMENT: which governments).")
            .MinConfidenceArgument()
            .ResolveAsync(async ctx => await Gateway(ctx).ImpactAsync(ctx.GetArgument<string>("threatKey"), AnalysisArguments.Impact(ctx), ctx.CancellationToken));

    private static void AddPaths(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpilloverPathGraphType>>>>("paths")
            .Description("The k best simple paths between two entities (or from an event, through its seeds), strongest first unless order says HOPS, each with its spill-over score.")
            .Argument<NonNullGraphType<StringGraphType>>("fromKey")
            .Argument<NonNullGraphType<StringGraphType>>("toKey")
            .Argument<IntGraphType>("k", "1..20.", a => a.DefaultValue = AnalysisArguments.PathDefaults.K)
            .MaxHopsArgument(AnalysisArguments.PathDefaults.MaxHops)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "Only these relationship types.")
            .Argument<CalendarDateGraphType>("at", "Use the relationships valid on this date (default: today).")
            .Argument<BooleanGraphType>("undirected", "Ignore the flow directions of the model.", a => a.DefaultValue = AnalysisArguments.PathDefaults.Undirected)
            .Argument<PathOrderGraphType>("order", "SCORE: strongest first; HOPS: fewest steps first.", a => a.DefaultValue = AnalysisArguments.PathDefaults.Ranking)
            .MinConfidenceArgument()
            .ResolveAsync(async ctx => await Gateway(ctx).PathsAsync(AnalysisArguments.Paths(ctx), ctx.CancellationToken));

    private static void AddExposure(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ExposureGraphType>>>("exposure")
            .Description("The recorded events of a polarity (default RESTRICTIVE) whose impact on an organisation is at least minScore, strongest first (then fewest hops, then threat key); never the events it initiated.")
            .Argument<NonNullGraphType<StringGraphType>>("organisationKey")
            .MinScoreArgument(AnalysisArguments.ExposureDefaults.MinScore)
            .MaxHopsArgument(AnalysisArguments.ExposureDefaults.MaxHops)
            .Argument<CalendarDateGraphType>("at", "The exposure as it stood on this date: only events that had occurred by then, each on the graph as of then (default: each event at its own date).")
            .Argument<EventPolarityGraphType>("polarity", "RESTRICTIVE: harm reaching the organisation; PROTECTIVE: protection reaching it.", a => a.DefaultValue = AnalysisArguments.ExposureDefaults.Polarity)
            .MinConfidenceArgument()
            .Argument<BooleanGraphType>("crossBorderOnly", "Only threats whose jurisdiction is not where the organisation is based.")
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var exposures = await Gateway(ctx).ExposureAsync(
                    ctx.GetArgument<string>("organisationKey"),
                    AnalysisArguments.Exposure(ctx, AnalysisArguments.ExposureDefaults.MinScore),
                    ctx.CancellationToken);
                var shown = ctx.GetArgument("crossBorderOnly", false) ? exposures.Where(e => e.CrossBorder).ToList() : exposures;
                return (object)InMemoryPaging.PageRanked(shown, page);
            });

    private static void AddDiffusion(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DiffusionGraphType>>("diffusion")
            .Description("A threat's law lineage through MODELLED_ON, CITED, RESPONSE_TO and SAME_CAMPAIGN links.")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .Argument<CalendarDateGraphType>("at", "The lineage as known on this date: no event, link or entity that began later (default: the whole record).")
            .MinConfidenceArgument()
            .ResolveAsync(async ctx => await Gateway(ctx).DiffusionAsync(
                new DiffusionArguments(ctx.GetArgument<string>("threatKey"), ctx.GetArgument<DateOnly?>("at"), ctx.MinConfidence()),
                ctx.CancellationToken));

    private static void AddAlliance(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AllianceAnalyticsGraphType>>("alliance")
            .Description("Centrality, brokers, components and communities of the alliance as of a date (default: today).")
            .Argument<CalendarDateGraphType>("at")
            .MinConfidenceArgument()
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("members", $"Only these entities (at most {MaxAllianceKeys} keys).")
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Only organisations of these kinds (defenders are left out).")
            .Argument<BooleanGraphType>(
                "includeIsolated",
                "Also count entities without an alliance relationship (valid on the date) to another member; by default they are left out, so a government or a lone body is no 'member'.",
                a => a.DefaultValue = false)
            .ResolveAsync(async ctx => await Gateway(ctx).AllianceAsync(
                ctx.GetArgument<DateOnly?>("at"), ctx.MinConfidence(), AllianceScopeOf(ctx), ctx.CancellationToken));

    private const int MaxAllianceKeys = 1000;

    private static AllianceScope AllianceScopeOf(IResolveFieldContext context)
    {
        var keys = context.GetArgument<List<string>?>("members");
        if (keys is { Count: > MaxAllianceKeys })
        {
            throw RareGraphException.LimitExceeded($"members may hold at most {MaxAllianceKeys} keys.", "members");
        }

        return new AllianceScope
        {
            Keys = keys?.ToHashSet(StringComparer.Ordinal),
            Kinds = context.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet(),
            ConnectedOnly = !context.GetArgument("includeIsolated", false),
        };
    }

    private static IAnalysisGateway Gateway(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IAnalysisGateway>();
}
