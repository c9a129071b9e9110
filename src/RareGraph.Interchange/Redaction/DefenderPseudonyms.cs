using System.Security.Cryptography;
using System.Text;

namespace RareGraph.Interchange.Redaction;

/// <summary>
/// Per-file pseudonyms for defenders: an HMAC-SHA-256 of the key under a random secret drawn for this one export and
/// then forgotten, so a defender has the same pseudonym everywhere in one file (its edges still join up) and unrelated
/// ones in two files (nobody can link them, not even with the key list: the secret is never stored).
/// </summary>
public sealed class DefenderPseudonyms : IDisposable
{
    private readonly HMACSHA256 _hmac = new(RandomNumberGenerator.GetBytes(32));
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);

    /// <summary>The pseudonym of <paramref name="key"/> in this file: <c>defender-</c> and 16 hex digits.</summary>
    public string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_issued.TryGetValue(key, out var pseudonym))
        {
            var digest = _hmac.ComputeHash(Encoding.UTF8.GetBytes(key));
            pseudonym = "defender-" + Convert.ToHexStringLower(digest, 0, 8);
            _issued.Add(key, pseudonym);
        }

        return pseudonym;
    }

    public void Dispose() => _hmac.Dispose();
}
