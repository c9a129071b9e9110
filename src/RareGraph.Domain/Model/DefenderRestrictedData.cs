namespace RareGraph.Domain.Model;

/// <summary>The fields of a defender that can endanger them if leaked: kept together so they are withheld together.</summary>
public sealed record DefenderRestrictedData(string? LegalName, string? Contact, string? Location, Severity? RiskLevel)
{
    public static DefenderRestrictedData None { get; } = new(null, null, null, null);
}
