namespace RareGraph.Server.Commands;

/// <summary>
/// The arguments of <see cref="ImportCommand"/>: one file (or the nodes.csv, relationships.csv pair), <c>--dry-run</c>,
/// <c>--progress</c>, <c>--format X</c>, and any <c>--Section:Setting=value</c>, which goes to the configuration as it does for the server.
/// </summary>
internal sealed record ImportCommandLine(IReadOnlyList<string> Files, bool DryRun, bool Progress, string? Format, IReadOnlyList<string> Settings)
{
    /// <summary>Null when the arguments are not a valid import command line.</summary>
    public static ImportCommandLine? Parse(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        var settings = new List<string>();
        var dryRun = false;
        var progress = false;
        string? format = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--progress":
                    progress = true;
                    break;
                case "--format" when i + 1 < args.Count:
                    format = args[++i].ToLowerInvariant();
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('=', StringComparison.Ordinal):
                    settings.Add(setting);
                    break;
                case var option when option.StartsWith('-'):
                    return null;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        return files.Count is 1 or 2 ? new ImportCommandLine(files, dryRun, progress, format, settings) : null;
    }
}
