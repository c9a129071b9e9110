namespace RareGraph.Domain.Auditing;

public enum AuditSubject
{
    Entity,
    Relationship,

    /// <summary>An API key issued or revoked at run time: its id, role and who issued or revoked it when, never a secret or hash.</summary>
    ApiKey,
}
