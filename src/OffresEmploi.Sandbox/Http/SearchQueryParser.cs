using OffresEmploi.Sandbox.Search;

namespace OffresEmploi.Sandbox.Http;

/// <summary>
/// Turns the query string of <c>GET /v2/offres/search</c> into a <see cref="SandboxSearchQuery"/>,
/// checking each parameter in the order of the publisher's specification and throwing
/// <see cref="InvalidParameterException"/> with the API's message on the first bad one.
/// Unknown parameters (<c>page</c>, <c>size</c>, ...) are ignored, as the API ignores them.
/// </summary>
internal static partial class SearchQueryParser
{
    public static SandboxSearchQuery Parse(QueryParameters q)
    {
        var query = new SandboxSearchQuery
        {
            Sort = ParseChoice(q, "sort", ["0", "1", "2"], "0, 1 ou 2 attendu.") is { } sort ? sort[0] - '0' : 0,
            Domaine = ParseCode(q, "domaine", "domaines"),
            CodeRome = ParseCodes(q, "codeROME", "metiers", 200),
            Appellation = ParseCode(q, "appellation", "appellations"),
            Theme = ParseCode(q, "theme", "themes"),
            SecteurActivite = ParseCodes(q, "secteurActivite", "secteursActivites", 2),
            CodeNaf = ParseNafCodes(q),
            Experience = ParseChoice(q, "experience", ["0", "1", "2", "3"], "0, 1, 2 ou 3 attendu."),
            TypeContrat = ParseCodes(q, "typeContrat", "typesContrats", int.MaxValue),
            NatureContrat = ParseCodes(q, "natureContrat", "naturesContrats", int.MaxValue),
            OrigineOffre = ParseChoice(q, "origineOffre", ["1", "2"], "1 ou 2 attendu."),
            Qualification = ParseChoice(q, "qualification", ["0", "9"], "0 ou 9 attendu."),
            TempsPlein = ParseBoolean(q, "tempsPlein"),
            Commune = ParseCommunes(q),
            Distance = ParseNonNegativeInteger(q, "distance"),
            Departement = ParseCodes(q, "departement", "departements", 5),
            InclureLimitrophes = ParseBoolean(q, "inclureLimitrophes") ?? false,
            Region = ParseCode(q, "region", "regions"),
            PaysContinent = ParsePaysContinent(q),
            NiveauFormation = ParseCode(q, "niveauFormation", "niveauxFormations"),
            Permis = ParseCode(q, "permis", "permis"),
            MotsCles = ParseMotsCles(q),
            SalaireMin = ParseSalaire(q),
            PeriodeSalaire = ParseChoice(q, "periodeSalaire", ["M", "A", "H", "C"], "M, A, H ou C attendu."),
            AccesTravailleurHandicape = ParseBoolean(q, "accesTravailleurHandicape"),
            PublieeDepuis = ParsePositiveInteger(q, "publieeDepuis"),
            MinCreationDate = ParseDate(q, "minCreationDate"),
            MaxCreationDate = ParseDate(q, "maxCreationDate"),
            OffresMrs = ParseBoolean(q, "offresMRS"),
            ExperienceExigence = ParseChoice(q, "experienceExigence", ["D", "E", "S"], "D, E ou S attendu."),
            GrandDomaine = ParseGrandDomaine(q),
            Partenaires = SplitList(q["partenaires"]),
            ModeSelectionPartenaires = ParseChoice(q, "modeSelectionPartenaires", ["INCLUS", "EXCLU"], "INCLUS ou EXCLU attendu."),
            DureeHebdoMin = ParseHhmm(q, "dureeHebdoMin"),
            DureeHebdoMax = ParseHhmm(q, "dureeHebdoMax"),
            DureeContratMin = ParseMonths(q, "dureeContratMin"),
            DureeContratMax = ParseMonths(q, "dureeContratMax"),
            DureeHebdo = ParseChoice(q, "dureeHebdo", ["0", "1", "2"], "0, 1 ou 2 attendu."),
            OffresManqueCandidats = ParseBoolean(q, "offresManqueCandidats"),
            EntreprisesAdaptees = ParseBoolean(q, "entreprisesAdaptees"),
            EmployeursHandiEngages = ParseBoolean(q, "employeursHandiEngages"),
        };

        CheckTogether(query);
        return query;
    }

    /// <summary>Rules that span parameters. <c>distance</c> without <c>commune</c> is not one of them:
    /// the specification says it is only taken into account with a commune, so it is ignored.</summary>
    private static void CheckTogether(SandboxSearchQuery query)
    {
        if (query.SalaireMin is not null && query.PeriodeSalaire is null)
        {
            throw new InvalidParameterException(ParameterMessages.Required("periodeSalaire", "salaireMin"));
        }

        if (query.PeriodeSalaire is not null && query.SalaireMin is null)
        {
            throw new InvalidParameterException(ParameterMessages.Required("salaireMin", "periodeSalaire"));
        }

        if (query.MinCreationDate > query.MaxCreationDate)
        {
            throw new InvalidParameterException(ParameterMessages.Order("minCreationDate", "maxCreationDate"));
        }

        if (query.DureeHebdoMin > query.DureeHebdoMax)
        {
            throw new InvalidParameterException(ParameterMessages.Order("dureeHebdoMin", "dureeHebdoMax"));
        }

        if (query.DureeContratMin > query.DureeContratMax)
        {
            throw new InvalidParameterException(ParameterMessages.Order("dureeContratMin", "dureeContratMax"));
        }
    }
}
