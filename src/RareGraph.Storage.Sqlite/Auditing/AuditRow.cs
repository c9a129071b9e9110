using RareGraph.Domain.Auditing;

namespace RareGraph.Storage.Sqlite.Auditing;

/// <summary>How one change is stored inside an entry's <c>changes</c> JSON array.</summary>
internal sealed record AuditRow(string Subject, string Key, string? Before, string? After)
{
    public static AuditRow FromChange(AuditedChange change) => new(change.Subject.ToString(), change.Key, change.Before, change.After);

    public AuditedChange ToChange() => new(Enum.Parse<AuditSubject>(Subject), Key, Before, After);
}
