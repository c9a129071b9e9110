namespace RareGraph.GraphQL.Analysis;

/// <summary>The analysis fields' only way into the engine: arguments in, views out.</summary>
internal interface IAnalysisGateway
{
    Task<ImpactReportView> ImpactAsync(ImpactArguments arguments, CancellationToken cancellationToken);

    Task<IReadOnlyList<PathView>> PathsAsync(PathArguments arguments, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExposureView>> ExposureAsync(ExposureArguments arguments, CancellationToken cancellationToken);

    Task<DiffusionView> DiffusionAsync(DiffusionArguments arguments, CancellationToken cancellationToken);

    Task<AllianceView> AllianceAsync(DateOnly? at, double minConfidence, RareGraph.Analysis.Alliance.AllianceScope scope, CancellationToken cancellationToken);
}
