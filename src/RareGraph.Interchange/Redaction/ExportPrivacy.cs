namespace RareGraph.Interchange.Redaction;

/// <summary>How much of a defender an export may show.</summary>
/// <param name="IncludeRestricted">Write legal name, contact, location and risk level (EDITOR and up, not redacted).</param>
/// <param name="Redact">
/// Replace defender keys and names by per-file pseudonyms and keep only their country: for files shared with partners,
/// and always for roles below EDITOR.
/// </param>
public sealed record ExportPrivacy(bool IncludeRestricted, bool Redact)
{
    /// <summary>What a caller who may (or may not) see restricted defender data gets, asking for redaction or not.</summary>
    public static ExportPrivacy For(bool maySeeRestricted, bool redactRequested) =>
        maySeeRestricted && !redactRequested ? new ExportPrivacy(true, false) : new ExportPrivacy(false, true);
}
