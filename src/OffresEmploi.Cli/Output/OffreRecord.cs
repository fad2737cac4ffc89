using System.Text.Json.Serialization;
using CsvHelper;
using OffresEmploi.Sdk.Models;

namespace OffresEmploi.Cli.Output;

/// <summary>One offer flattened to the columns of the CSV and Parquet files.</summary>
/// <remarks>Column names are the API's own field names (camelCase), given once for CsvHelper
/// (<see cref="CsvColumnAttribute"/>, read by its source generator) and once for Parquet.Net (<see cref="JsonPropertyNameAttribute"/>),
/// so both files read the same. JSON Lines keeps the whole offer instead.</remarks>
[CsvRecord]
internal sealed partial class OffreRecord
{
    /// <summary>The API's own date format: UTC, no milliseconds.</summary>
    public const string IsoUtc = "yyyy-MM-ddTHH:mm:ssZ";

    [CsvColumn("id"), JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [CsvColumn("intitule"), JsonPropertyName("intitule")]
    public string? Intitule { get; set; }

    [CsvColumn("entreprise"), JsonPropertyName("entreprise")]
    public string? Entreprise { get; set; }

    [CsvColumn("lieuTravail"), JsonPropertyName("lieuTravail")]
    public string? LieuTravail { get; set; }

    [CsvColumn("codePostal"), JsonPropertyName("codePostal")]
    public string? CodePostal { get; set; }

    [CsvColumn("commune"), JsonPropertyName("commune")]
    public string? Commune { get; set; }

    [CsvColumn("latitude"), JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    [CsvColumn("longitude"), JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    [CsvColumn("typeContrat"), JsonPropertyName("typeContrat")]
    public string? TypeContrat { get; set; }

    [CsvColumn("typeContratLibelle"), JsonPropertyName("typeContratLibelle")]
    public string? TypeContratLibelle { get; set; }

    [CsvColumn("natureContrat"), JsonPropertyName("natureContrat")]
    public string? NatureContrat { get; set; }

    [CsvColumn("experienceExige"), JsonPropertyName("experienceExige")]
    public string? ExperienceExige { get; set; }

    [CsvColumn("experienceLibelle"), JsonPropertyName("experienceLibelle")]
    public string? ExperienceLibelle { get; set; }

    [CsvColumn("qualificationCode"), JsonPropertyName("qualificationCode")]
    public string? QualificationCode { get; set; }

    [CsvColumn("qualificationLibelle"), JsonPropertyName("qualificationLibelle")]
    public string? QualificationLibelle { get; set; }

    [CsvColumn("romeCode"), JsonPropertyName("romeCode")]
    public string? RomeCode { get; set; }

    [CsvColumn("romeLibelle"), JsonPropertyName("romeLibelle")]
    public string? RomeLibelle { get; set; }

    [CsvColumn("codeNAF"), JsonPropertyName("codeNAF")]
    public string? CodeNaf { get; set; }

    [CsvColumn("secteurActiviteLibelle"), JsonPropertyName("secteurActiviteLibelle")]
    public string? SecteurActiviteLibelle { get; set; }

    [CsvColumn("dureeTravail"), JsonPropertyName("dureeTravail")]
    public string? DureeTravail { get; set; }

    [CsvColumn("alternance"), JsonPropertyName("alternance")]
    public bool? Alternance { get; set; }

    [CsvColumn("nombrePostes"), JsonPropertyName("nombrePostes")]
    public int? NombrePostes { get; set; }

    [CsvColumn("salaire"), JsonPropertyName("salaire")]
    public string? Salaire { get; set; }

    [CsvColumn("dateCreation"), JsonPropertyName("dateCreation"), CsvFormat(IsoUtc)]
    public DateTime? DateCreation { get; set; }

    [CsvColumn("dateActualisation"), JsonPropertyName("dateActualisation"), CsvFormat(IsoUtc)]
    public DateTime? DateActualisation { get; set; }

    [CsvColumn("origine"), JsonPropertyName("origine")]
    public string? Origine { get; set; }

    [CsvColumn("urlOrigine"), JsonPropertyName("urlOrigine")]
    public string? UrlOrigine { get; set; }

    [CsvColumn("description"), JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Flattens an offer.</summary>
    /// <param name="offre">The offer.</param>
    /// <returns>Its row.</returns>
    public static OffreRecord From(Offre offre) => new()
    {
        Id = offre.Id ?? "",
        Intitule = offre.Intitule,
        Entreprise = offre.Entreprise?.Nom,
        LieuTravail = offre.LieuTravail?.Libelle,
        CodePostal = offre.LieuTravail?.CodePostal,
        Commune = offre.LieuTravail?.Commune,
        Latitude = offre.LieuTravail?.Latitude,
        Longitude = offre.LieuTravail?.Longitude,
        TypeContrat = offre.TypeContrat?.Value,
        TypeContratLibelle = offre.TypeContratLibelle,
        NatureContrat = offre.NatureContrat,
        ExperienceExige = offre.ExperienceExige?.Value,
        ExperienceLibelle = offre.ExperienceLibelle,
        QualificationCode = offre.QualificationCode?.Value,
        QualificationLibelle = offre.QualificationLibelle,
        RomeCode = offre.RomeCode,
        RomeLibelle = offre.RomeLibelle,
        CodeNaf = offre.CodeNaf,
        SecteurActiviteLibelle = offre.SecteurActiviteLibelle,
        DureeTravail = offre.DureeTravailLibelleConverti ?? offre.DureeTravailLibelle,
        Alternance = offre.Alternance,
        NombrePostes = offre.NombrePostes,
        Salaire = offre.Salaire?.Libelle ?? offre.Salaire?.Commentaire,
        DateCreation = offre.DateCreation?.UtcDateTime,
        DateActualisation = offre.DateActualisation?.UtcDateTime,
        Origine = offre.OrigineOffre?.Origine?.Value,
        UrlOrigine = offre.OrigineOffre?.UrlOrigine,
        Description = offre.Description,
    };
}
