namespace RareGraph.Domain.Auditing;

/// <summary>
/// One changed entity or relationship. <see cref="Before"/> and <see cref="After"/> are the whole record as JSON
/// (null before = created, null after = removed). They include restricted defender data: the trail is for ADMIN only.
/// </summary>
public sealed record AuditedChange(AuditSubject Subject, string Key, string? Before, string? After);
