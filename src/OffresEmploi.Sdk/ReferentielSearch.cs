using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Sdk;

/// <summary>
/// Finds referentiel items by text ("the code for 'CDI'", "boulanger" in the appellations), ignoring accents and case:
/// the one matching rule of the SDK, the <c>offres referentiel --filter</c> command and the <c>lookup_referentiel</c> tool.
/// </summary>
public static class ReferentielSearch
{
    private const int NoMatch = 4;

    /// <summary>Finds the items of a referentiel that match <paramref name="query"/>, best matches first.</summary>
    /// <param name="items">The items, e.g. from <see cref="OffresEmploiClient.GetReferentielAsync"/>.</param>
    /// <param name="query">A code or words of a label ("cdi", "duree determinee").</param>
    /// <returns>The matches; see <see cref="Find{T}(IEnumerable{T}, string, Func{T, string?}, Func{T, string?}, Func{T, string?}?)"/> for the order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="query"/> is null.</exception>
    public static IReadOnlyList<Referentiel> Find(IEnumerable<Referentiel> items, string query) =>
        Find(items, query, static r => r.Code, static r => r.Libelle);

    /// <summary>Finds the items that match <paramref name="query"/>, best matches first.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="query">A code or words of a label; accents, case and punctuation are ignored.</param>
    /// <param name="code">Reads an item's code.</param>
    /// <param name="label">Reads an item's label.</param>
    /// <param name="detail">Reads extra text searched with the label's words (a commune's postal code); null for none.</param>
    /// <returns>
    /// In this order: the code equal to the query; labels starting with it; codes or labels containing it; then items
    /// whose label (and detail) hold every word of the query. Shorter labels first within each group. A query with no
    /// letter or digit matches every item, in the given order.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="detail"/> is null.</exception>
    public static IReadOnlyList<T> Find<T>(IEnumerable<T> items, string query, Func<T, string?> code, Func<T, string?> label, Func<T, string?>? detail = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(label);
        var folded = TextFolding.Fold(query);
        if (folded.Length == 0)
        {
            return [.. items];
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. items
                .Select(item => (Item: item, Label: label(item) ?? "", Rank: Rank(item, folded, words, code, label, detail)))
                .Where(x => x.Rank < NoMatch)
                .OrderBy(x => x.Rank)
                .ThenBy(x => x.Label.Length)
                .Select(x => x.Item),
        ];
    }

    private static int Rank<T>(T item, string query, string[] words, Func<T, string?> code, Func<T, string?> label, Func<T, string?>? detail)
    {
        var foldedCode = TextFolding.Fold(code(item) ?? "");
        if (string.Equals(foldedCode, query, StringComparison.Ordinal))
        {
            return 0;
        }

        var foldedLabel = TextFolding.Fold(label(item) ?? "");
        if (foldedLabel.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        if (foldedCode.Contains(query, StringComparison.Ordinal) || foldedLabel.Contains(query, StringComparison.Ordinal))
        {
            return 2;
        }

        var haystack = detail?.Invoke(item) is { } extra ? foldedLabel + " " + TextFolding.Fold(extra) : foldedLabel;
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal)) ? 3 : NoMatch;
    }
}
