using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Schema;

/// <summary>
/// The analysis arguments as GraphQL declares and reads them. They map straight onto the engine's options, and their
/// defaults are the options' own: a default is written once, in Analysis, and the schema shows it from there.
/// </summary>
internal static class AnalysisArguments
{
    public const string MinConfidenceDescription =
        "In [0, 1]: relationships and entities less sure than this do not exist for this answer (a missing confidence counts as 1; illustrative demo data is at most 0.5).";

    public const string MaxHopsDescription = "1..8 steps.";

    public const string MinScoreDescription = "In (0, 1].";

    /// <summary>An impact question with nothing set: the defaults <c>impact</c>, <c>coverage</c> and <c>coverageGap</c> show.</summary>
    public static ImpactOptions ImpactDefaults { get; } = new();

    /// <summary>A path question with nothing set: the defaults <c>paths</c> shows.</summary>
    public static PathOptions PathDefaults { get; } = new(string.Empty, string.Empty);

    /// <summary>An exposure question with nothing set: the defaults <c>exposure</c> and <c>exposureAlert</c> show.</summary>
    public static ExposureOptions ExposureDefaults { get; } = new();

    public static FieldBuilder<TSource, TReturn> MinConfidenceArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = ConfidenceThreshold.Default);

    public static FieldBuilder<TSource, TReturn> MaxHopsArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int defaultValue) =>
        field.Argument<IntGraphType>("maxHops", MaxHopsDescription, a => a.DefaultValue = defaultValue);

    public static FieldBuilder<TSource, TReturn> MinScoreArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double defaultValue) =>
        field.Argument<FloatGraphType>("minScore", MinScoreDescription, a => a.DefaultValue = defaultValue);

    public static double MinConfidence(this IResolveFieldContext context) => context.GetArgument("minConfidence", ConfidenceThreshold.Default);

    public static int MaxHops(this IResolveFieldContext context, int defaultValue) => context.GetArgument("maxHops", defaultValue);

    public static double MinScore(this IResolveFieldContext context, double defaultValue) => context.GetArgument("minScore", defaultValue);

    /// <summary>The arguments of <c>impact</c> (and its exports' twin): every knob of <see cref="ImpactOptions"/>.</summary>
    public static ImpactOptions Impact(IResolveFieldContext context) => new()
    {
        MaxHops = context.MaxHops(ImpactDefaults.MaxHops),
        MinScore = context.MinScore(ImpactDefaults.MinScore),
        At = context.GetArgument<DateOnly?>("at"),
        Weights = (context.GetArgument<List<Dictionary<string, object?>>?>("weights") ?? [])
            .Select(w => new WeightOverride((RelationshipType)w["type"]!, Convert.ToDouble(w["weight"], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList(),
        Kinds = context.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet(),
        MinConfidence = context.MinConfidence(),
    };

    /// <summary>The arguments of <c>paths</c>.</summary>
    public static PathOptions Paths(IResolveFieldContext context) =>
        new(context.GetArgument<string>("fromKey"), context.GetArgument<string>("toKey"))
        {
            K = context.GetArgument("k", PathDefaults.K),
            MaxHops = context.MaxHops(PathDefaults.MaxHops),
            Types = context.GetArgument<List<RelationshipType>?>("types")?.ToHashSet(),
            At = context.GetArgument<DateOnly?>("at"),
            Undirected = context.GetArgument("undirected", PathDefaults.Undirected),
            Ranking = context.GetArgument("order", PathDefaults.Ranking),
            MinConfidence = context.MinConfidence(),
        };

    /// <summary>The arguments of <c>exposure</c>; <c>exposureAlert</c> reads the same, with its own score threshold.</summary>
    public static ExposureOptions Exposure(IResolveFieldContext context, double minScoreDefault) => new()
    {
        MinScore = context.MinScore(minScoreDefault),
        MaxHops = context.MaxHops(ExposureDefaults.MaxHops),
        At = context.GetArgument<DateOnly?>("at"),
        Polarity = context.GetArgument("polarity", ExposureDefaults.Polarity),
        MinConfidence = context.MinConfidence(),
    };
}
