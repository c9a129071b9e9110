namespace RareGraph.Domain.Model;

/// <summary>A country carries an ISO 3166-1 alpha-2 code; a supranational body (EU, Council of Europe…) a short code of its own.</summary>
public enum JurisdictionKind
{
    Country,
    Supranational,
    Region,
}
