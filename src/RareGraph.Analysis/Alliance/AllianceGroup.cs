namespace RareGraph.Analysis.Alliance;

/// <summary>
/// A connected component or a community. Ids are 0, 1, 2… by size descending, ties broken by the smallest member key
/// (ordinal), so the largest group is always 0.
/// </summary>
/// <param name="Id">The group's id, as carried by <see cref="AllianceMember"/>.</param>
/// <param name="Size">How many members it has.</param>
/// <param name="MemberKeys">Its members' keys in ordinal order.</param>
public sealed record AllianceGroup(int Id, int Size, IReadOnlyList<string> MemberKeys);
