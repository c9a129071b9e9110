using System.Text;
using System.Text.Json;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>The trusted documents of <see cref="PersistedQueryOptions.TrustedDocumentsPath"/>, by SHA-256 hex.</summary>
internal sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _byHash;

    public TrustedDocuments(IReadOnlyDictionary<string, string> byHash)
    {
        _byHash = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, document) in byHash)
        {
            var hash = PersistedQueryHash.Normalise(key);
            if (!string.Equals(hash, PersistedQueryHash.Of(document), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Trusted document '{key}' does not hash to its key.");
            }

            _byHash[hash] = document;
        }
    }

    public int Count => _byHash.Count;

    public static TrustedDocuments Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new TrustedDocuments(new Dictionary<string, string>(StringComparer.Ordinal));
        }

        var byHash = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path, Encoding.UTF8))
            ?? throw new InvalidOperationException($"The trusted documents file '{path}' is empty.");
        return new TrustedDocuments(byHash);
    }

    public bool TryGet(string hash, out string document) => _byHash.TryGetValue(hash, out document!);

    public bool Contains(string hash) => _byHash.ContainsKey(hash);
}
