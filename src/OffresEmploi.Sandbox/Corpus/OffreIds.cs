namespace OffresEmploi.Sandbox.Corpus;

/// <summary>
/// Offer ids as the API shows them: France Travail offers look like <c>196CWQH</c> (3 digits, 4 letters),
/// partner offers like <c>0664580</c> (7 digits). Both are made from a number that grows with time.
/// </summary>
internal static class OffreIds
{
    /// <summary>26^4: the letters part of a France Travail id.</summary>
    public const int LetterSpace = 456_976;

    /// <summary>The largest number a France Travail id can carry (exclusive).</summary>
    public const int FranceTravailLimit = 1000 * LetterSpace;

    /// <summary>The largest number a partner id can carry (exclusive).</summary>
    public const int PartnerLimit = 10_000_000;

    public static string Format(bool partner, int number)
    {
        Span<char> id = stackalloc char[7];
        if (partner)
        {
            for (var i = 6; i >= 0; i--)
            {
                id[i] = (char)('0' + (number % 10));
                number /= 10;
            }
        }
        else
        {
            var letters = number % LetterSpace;
            var digits = number / LetterSpace;
            for (var i = 6; i >= 3; i--)
            {
                id[i] = (char)('A' + (letters % 26));
                letters /= 26;
            }

            for (var i = 2; i >= 0; i--)
            {
                id[i] = (char)('0' + (digits % 10));
                digits /= 10;
            }
        }

        return new string(id);
    }

    public static bool TryParse(string id, out bool partner, out int number)
    {
        partner = false;
        number = 0;
        if (id.Length != 7 || !char.IsAsciiDigit(id[0]) || !char.IsAsciiDigit(id[1]) || !char.IsAsciiDigit(id[2]))
        {
            return false;
        }

        partner = char.IsAsciiDigit(id[3]);
        var value = 0;
        if (partner)
        {
            foreach (var c in id)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }
        }
        else
        {
            var letters = 0;
            for (var i = 3; i < 7; i++)
            {
                if (id[i] is < 'A' or > 'Z')
                {
                    return false;
                }

                letters = (letters * 26) + (id[i] - 'A');
            }

            value = ((((id[0] - '0') * 100) + ((id[1] - '0') * 10) + (id[2] - '0')) * LetterSpace) + letters;
        }

        number = value;
        return true;
    }
}
