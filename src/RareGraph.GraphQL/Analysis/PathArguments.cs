using RareGraph.Analysis.Paths;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

internal sealed record PathArguments(
    string FromKey,
    string ToKey,
    int K,
    int MaxHops,
    IReadOnlySet<RelationshipType>? Types,
    DateOnly? At,
    bool Undirected,
    PathRanking Order = PathRanking.Score,
    double MinConfidence = 0);
