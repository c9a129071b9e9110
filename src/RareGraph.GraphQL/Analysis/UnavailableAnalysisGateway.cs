using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Analysis;

/// <summary>Answers every analysis with UNAVAILABLE: used until the spill-over engine is wired in.</summary>
internal sealed class UnavailableAnalysisGateway : IAnalysisGateway
{
    private static RareGraphException NotYet() => RareGraphException.Unavailable("The spill-over engine is not available in this build.");

    public Task<ImpactReportView> ImpactAsync(ImpactArguments arguments, CancellationToken cancellationToken) => throw NotYet();

    public Task<IReadOnlyList<PathView>> PathsAsync(PathArguments arguments, CancellationToken cancellationToken) => throw NotYet();

    public Task<IReadOnlyList<ExposureView>> ExposureAsync(string organisationKey, double minScore, int maxHops, CancellationToken cancellationToken) =>
        throw NotYet();

    public Task<DiffusionView> DiffusionAsync(string threatKey, CancellationToken cancellationToken) => throw NotYet();

    public Task<AllianceView> AllianceAsync(DateOnly? at, CancellationToken cancellationToken) => throw NotYet();
}
