using System.Globalization;
using System.Security.Cryptography;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.Interchange.Import;
using RareGraph.Server.Configuration;
using RareGraph.Server.Hosting;

namespace RareGraph.Server.Commands;

/// <summary>
/// <c>RareGraph.Server import FILE [FILE2] [--dry-run] [--progress] [--format graphml|cyjs|xlsx]</c>: the bulk import of
/// <c>POST /import</c> for an operator, against the store the server is configured with (same settings, same
/// migrations), without starting the web host. A progress line on a terminal; one line and a non-zero exit on failure.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    /// <summary>EX_USAGE from sysexits.h.</summary>
    private const int UsageError = 64;

    /// <summary>EX_DATAERR: the file has problems; nothing was written.</summary>
    private const int BadFile = 65;

    /// <summary>EX_NOINPUT: a file cannot be read.</summary>
    private const int NoInput = 66;

    /// <summary>EX_UNAVAILABLE: the store cannot be reached or refused the write.</summary>
    private const int StoreUnavailable = 69;

    private const string Usage = "usage: RareGraph.Server import FILE [FILE2] [--dry-run] [--progress] [--format graphml|cyjs|xlsx] " +
                                 "(FILE2: the relationships.csv of a CSV pair whose FILE is nodes.csv)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (ImportCommandLine.Parse(args) is not { } line)
        {
            await Console.Error.WriteLineAsync(Usage);
            return UsageError;
        }

        var missing = line.Files.FirstOrDefault(f => Locate(f) is null);
        if (missing is not null)
        {
            return Fail(NoInput, $"cannot read '{missing}': no such file.");
        }

        // The server's own builder, so the command reads exactly the settings (files, environment) the server would.
        var builder = WebApplication.CreateBuilder([.. line.Settings]);
        builder.Logging.ClearProviders();
        builder.Services.AddConfiguredStore(builder.Configuration[RareGraphOptions.StoreKey], builder.Environment);
        await using var services = builder.Services.BuildServiceProvider();
        StartupSettings.Validate(services);
        var store = services.GetRequiredService<IGraphStore>();
        var importer = new GraphImporter(store, services.GetRequiredService<IBulkImportStore>(), [], TimeProvider.System);
        try
        {
            await store.InitializeAsync(CancellationToken.None);
            var files = line.Files.Select(f => Locate(f)!).ToList();
            var named = files.Count == 2
                ? [("nodes|" + Path.GetFileName(files[0]), files[0]), ("relationships|" + Path.GetFileName(files[1]), files[1])]
                : files.Select(f => ("|" + Path.GetFileName(f), f)).ToList();
            var source = ImportSources.For(named, line.Format);
            var file = await DescribeAsync(files);
            using var progress = ImportProgress.For(line.Progress);
            var report = await importer.ImportAsync(source, file, "cli:" + Environment.UserName, line.DryRun, CancellationToken.None, progress);
            progress?.Finish();
            return Summarise(report, file);
        }
        catch (RareGraphException error)
        {
            return Fail(string.Equals(error.Code, ErrorCodes.Unavailable, StringComparison.Ordinal) ? StoreUnavailable : BadFile, error.Message);
        }
    }

    /// <summary>
    /// The file's full path. <c>dotnet run --project</c> starts the server in its project folder, so a path relative to
    /// where the operator typed the command is also looked up in the shell's <c>PWD</c>.
    /// </summary>
    private static string? Locate(string path)
    {
        if (File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var shell = Environment.GetEnvironmentVariable("PWD");
        return !Path.IsPathRooted(path) && !string.IsNullOrEmpty(shell) && File.Exists(Path.Combine(shell, path))
            ? Path.GetFullPath(Path.Combine(shell, path))
            : null;
    }

    private static int Summarise(ImportReport report, ImportFile file)
    {
        var entities = report.Entities.Values.Sum();
        var relationships = report.Relationships.Values.Sum();
        if (report.ProblemCount > 0)
        {
            var first = report.Problems[0];
            var more = report.ProblemCount > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {report.ProblemCount - 1:N0} more)") : string.Empty;
            return Fail(BadFile, $"{file.Name}: {first.Where}: {first.Message} [{first.Code}]{more}; nothing was written.");
        }

        Console.WriteLine(report.DryRun
            ? string.Create(CultureInfo.InvariantCulture, $"Dry run of {file.Name} ({report.Format}): {entities:N0} entities and {relationships:N0} relationships would be imported; no problems.")
            : string.Create(CultureInfo.InvariantCulture, $"Imported {file.Name} ({report.Format}, sha256 {file.Sha256}): {entities:N0} entities and {relationships:N0} relationships; graph version {report.Version}."));
        return 0;
    }

    private static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"RareGraph import: {message}");
        return exitCode;
    }

    /// <summary>The files' total size and one SHA-256 over all of them in order, as the endpoint computes for an upload.</summary>
    private static async Task<ImportFile> DescribeAsync(IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[65536];
        long bytes = 0;
        foreach (var path in files)
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan | FileOptions.Asynchronous);
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                bytes += read;
            }
        }

        return new ImportFile(string.Join(" + ", files.Select(Path.GetFileName)), bytes, Convert.ToHexStringLower(hash.GetCurrentHash()));
    }
}
