using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Spillover;

namespace RareGraph.GraphQL.Analysis;

/// <summary>The analysis fields' only way into the engine: the engine's options in, views out.</summary>
internal interface IAnalysisGateway
{
    Task<ImpactReportView> ImpactAsync(string threatKey, ImpactOptions options, CancellationToken cancellationToken);

    Task<IReadOnlyList<PathView>> PathsAsync(PathOptions options, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExposureView>> ExposureAsync(string organisationKey, ExposureOptions options, CancellationToken cancellationToken);

    Task<DiffusionView> DiffusionAsync(DiffusionArguments arguments, CancellationToken cancellationToken);

    Task<AllianceView> AllianceAsync(DateOnly? at, double minConfidence, RareGraph.Analysis.Alliance.AllianceScope scope, CancellationToken cancellationToken);
}
