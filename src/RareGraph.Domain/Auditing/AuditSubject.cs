namespace RareGraph.Domain.Auditing;

public enum AuditSubject
{
    Entity,
    Relationship,
}
