using System.Collections.Frozen;

namespace RareGraph.Domain.Querying;

/// <summary>
/// The letters <see cref="TextFolding"/> replaces, after lower-casing: each lower-case letter with a diacritic of the
/// Latin, Greek and Cyrillic blocks (Latin-1 Supplement, Latin Extended-A/B and Additional, Greek, Cyrillic) by its
/// base letter, and the few letters that have no decomposition (ø, ł, đ, ß, æ, œ, þ, ı) by what a reader types.
/// </summary>
/// <remarks>
/// Generated once from the Unicode Character Database (canonical decomposition, UAX #15, with every combining mark
/// dropped) and kept as data, so folding needs no ICU: the server runs with invariant globalization, and the same
/// table gives the same answer on every machine and every store.
/// </remarks>
internal static class TextFoldingTable
{
    private static readonly Dictionary<string, string> ByBase = new(StringComparer.Ordinal)
    {
        ["a"] = "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ",
        ["ae"] = "æǣǽ",
        ["b"] = "ḃḅḇ",
        ["c"] = "çćĉċčḉ",
        ["d"] = "ðďđḋḍḏḑḓ",
        ["e"] = "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ",
        ["f"] = "ḟ",
        ["g"] = "ĝğġģǧǵḡ",
        ["h"] = "ĥħȟḣḥḧḩḫẖ",
        ["i"] = "ìíîïĩīĭįıǐȉȋḭḯỉị",
        ["j"] = "ĵǰ",
        ["k"] = "ķǩḱḳḵ",
        ["l"] = "ĺļľŀłḷḹḻḽ",
        ["m"] = "ḿṁṃ",
        ["n"] = "ñńņňǹṅṇṉṋ",
        ["o"] = "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ",
        ["oe"] = "œ",
        ["p"] = "ṕṗ",
        ["r"] = "ŕŗřȑȓṙṛṝṟ",
        ["s"] = "śŝşšſșṡṣṥṧṩẛ",
        ["ss"] = "ß",
        ["t"] = "ţťŧțṫṭṯṱẗ",
        ["th"] = "þ",
        ["u"] = "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
        ["v"] = "ṽṿ",
        ["w"] = "ŵẁẃẅẇẉẘ",
        ["x"] = "ẋẍ",
        ["y"] = "ýÿŷȳẏẙỳỵỷỹ",
        ["z"] = "źżžẑẓẕ",
        ["ʒ"] = "ǯ",
        ["α"] = "ά",
        ["ε"] = "έ",
        ["η"] = "ή",
        ["ι"] = "ΐίϊ",
        ["ο"] = "ό",
        ["υ"] = "ΰϋύ",
        ["ω"] = "ώ",
        ["ϒ"] = "ϓϔ",
        ["а"] = "ӑӓ",
        ["г"] = "ѓ",
        ["е"] = "ѐёӗ",
        ["ж"] = "ӂӝ",
        ["з"] = "ӟ",
        ["и"] = "йѝӣӥ",
        ["к"] = "ќ",
        ["о"] = "ӧ",
        ["у"] = "ўӯӱӳ",
        ["ч"] = "ӵ",
        ["ы"] = "ӹ",
        ["э"] = "ӭ",
        ["і"] = "ї",
        ["ѵ"] = "ѷ",
        ["ә"] = "ӛ",
        ["ө"] = "ӫ",
    };

    public static FrozenDictionary<char, string> Replacements { get; } =
        ByBase.SelectMany(p => p.Value.Select(c => (Letter: c, Base: p.Key))).ToFrozenDictionary(p => p.Letter, p => p.Base);
}
