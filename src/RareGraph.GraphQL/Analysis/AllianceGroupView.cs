namespace RareGraph.GraphQL.Analysis;

internal sealed record AllianceGroupView(int Id, IReadOnlyList<string> MemberKeys);
