using CsvHelper;

namespace OffresEmploi.Cli.Output;

/// <summary>One row of <c>offres salaries</c>: an employer's offers and the yearly range of their parsed salaries.</summary>
[CsvRecord]
internal sealed partial class EmployerSalary
{
    /// <summary>The employer's name, or "(non communiqué)".</summary>
    [CsvColumn("entreprise")]
    public string Entreprise { get; set; } = "";

    /// <summary>The employer's offers read.</summary>
    [CsvColumn("offres")]
    public int Offres { get; set; }

    /// <summary>Those whose salary text could be read.</summary>
    [CsvColumn("offresAvecSalaire")]
    public int OffresAvecSalaire { get; set; }

    /// <summary>The lowest yearly amount, in euros.</summary>
    [CsvColumn("annuelMin")]
    public decimal? AnnuelMin { get; set; }

    /// <summary>The highest yearly amount, in euros.</summary>
    [CsvColumn("annuelMax")]
    public decimal? AnnuelMax { get; set; }

    /// <summary>The periods the offers state their salary in ("Mensuel, Horaire").</summary>
    [CsvColumn("periodes")]
    public string Periodes { get; set; } = "";
}
