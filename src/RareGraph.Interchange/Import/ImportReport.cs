namespace RareGraph.Interchange.Import;

/// <summary>
/// The answer to an import: what the file holds (counts by entity label and by relationship type), every problem found
/// (the first <see cref="GraphImporter.MaxListedProblems"/> listed), whether it was committed and at which version.
/// </summary>
public sealed record ImportReport(
    string Format,
    string Sha256,
    long Bytes,
    bool DryRun,
    bool Committed,
    long? Version,
    IReadOnlyDictionary<string, long> Entities,
    IReadOnlyDictionary<string, long> Relationships,
    IReadOnlyList<ImportProblem> Problems,
    long ProblemCount);
