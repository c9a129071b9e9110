namespace RareGraph.Interchange.Import;

/// <summary>The uploaded file as received: its name, size and SHA-256 (over every file of a pair, in order), for the audit entry.</summary>
public sealed record ImportFile(string Name, long Bytes, string Sha256);
