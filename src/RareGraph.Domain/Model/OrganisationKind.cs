namespace RareGraph.Domain.Model;

public enum OrganisationKind
{
    Ngo,
    Government,
    Parliament,
    Multilateral,
    Academic,
    Funder,
    Media,
    Other,
}
