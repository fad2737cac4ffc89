namespace OffresEmploi.Sdk.Models;

/// <summary>How far <see cref="SalaryParser"/> understood a salary text.</summary>
public enum SalaireParseStatus
{
    /// <summary>No amount with a period could be read; nothing was guessed ("Selon profil", "2000 € net").</summary>
    Unparsed = 0,

    /// <summary>An amount and a period were read and look consistent.</summary>
    Parsed,

    /// <summary>
    /// The text was read, but the amounts do not fit the period ("Annuel de 17,00 Euros", "Mensuel de 11,88 Euros":
    /// hourly rates under the wrong period) or the range is reversed. The values are kept as written; the
    /// annualised amounts are not computed.
    /// </summary>
    Implausible,
}
