namespace RareGraph.Interchange.Redaction;

/// <summary>How much of defenders and of camp attendance an export may show.</summary>
/// <param name="IncludeRestricted">Write legal name, contact, location and risk level (EDITOR and up, not redacted).</param>
/// <param name="Redact">
/// Replace defender keys and names by per-file pseudonyms and keep only their country (and only a camp's country, not
/// its city): for files shared with partners, and always for roles below EDITOR.
/// </param>
/// <param name="IncludeAttendance">
/// Write who attended which camp or programme (PARTICIPATES_IN, EDITOR and up, as in GraphQL); without it those
/// relationships, and their <c>role</c> column, are simply absent. A redacted file keeps them, with its pseudonyms.
/// </param>
public sealed record ExportPrivacy(bool IncludeRestricted, bool Redact, bool IncludeAttendance)
{
    /// <summary>What a caller gets, from what their role may see and whether they asked for redaction.</summary>
    public static ExportPrivacy For(bool maySeeRestricted, bool redactRequested, bool maySeeAttendance) =>
        maySeeRestricted && !redactRequested
            ? new ExportPrivacy(true, false, maySeeAttendance)
            : new ExportPrivacy(false, true, maySeeAttendance);
}
