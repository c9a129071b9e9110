namespace RareGraph.Interchange.Formats;

/// <summary>The column names of Gephi's spreadsheet import (Data Laboratory, "Import spreadsheet").</summary>
public static class CsvColumns
{
    public const string Id = "Id";
    public const string Label = "Label";
    public const string Source = "Source";
    public const string Target = "Target";

    /// <summary>Gephi's edge <c>Type</c> column says Directed or Undirected; the relationship type is in <see cref="Label"/>.</summary>
    public const string Type = "Type";
    public const string Weight = "Weight";
    public const string Directed = "Directed";
}
