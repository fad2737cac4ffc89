using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Contract, origin, employer and working-condition filters of a <see cref="QueryPlan"/>.</summary>
internal sealed partial class QueryPlan
{
    private void CompileContract(SandboxSearchQuery q, SandboxData data)
    {
        if (q.TypeContrat.Count > 0)
        {
            TypeAllowed = Membership(data.TypesContrats, q.TypeContrat);
        }

        if (q.NatureContrat.Count > 0)
        {
            NatureAllowed = Membership(data.NaturesContrats, q.NatureContrat);
        }

        if (q.Experience is { Length: > 0 } experience)
        {
            ExperienceFacet = Array.IndexOf(OffreFacets.ExperienceCodes, experience);
            Impossible |= ExperienceFacet < 0;
        }

        if (q.ExperienceExigence is { Length: > 0 } exigence)
        {
            ExperienceExige = "DSE".IndexOf(exigence, StringComparison.Ordinal);
            Impossible |= exigence.Length != 1 || ExperienceExige < 0;
        }

        if (q.Qualification is { Length: > 0 } qualification)
        {
            QualificationFacet = Array.IndexOf(OffreFacets.QualificationCodes, qualification);
            Impossible |= QualificationFacet < 0;
        }

        var partners = data.Partenaires.Length + 1;
        if (q.OrigineOffre is { Length: > 0 } origine)
        {
            PartnerAllowed = Enumerable.Range(0, partners).Select(p => origine == (p == 0 ? "1" : "2")).ToArray();
        }

        if (q.Partenaires.Count > 0)
        {
            var names = q.Partenaires.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var exclude = string.Equals(q.ModeSelectionPartenaires, "EXCLU", StringComparison.OrdinalIgnoreCase);
            var selected = Enumerable.Range(0, partners)
                .Select(p => p != 0 && names.Contains(data.Partenaires[p - 1].Code))
                .Select(inList => exclude ? !inList : inList)
                .ToArray();
            PartnerAllowed = PartnerAllowed is null ? selected : PartnerAllowed.Zip(selected, (a, b) => a && b).ToArray();
        }

        var nafs = data.Nafs;
        if (q.SecteurActivite.Count > 0)
        {
            var divisions = q.SecteurActivite.ToHashSet(StringComparer.Ordinal);
            NafAllowed = Enumerable.Range(0, nafs.Length + 1).Select(n => n > 0 && divisions.Contains(nafs[n - 1].Code[..2])).ToArray();
        }

        if (q.CodeNaf.Count > 0)
        {
            var codes = q.CodeNaf.ToHashSet(StringComparer.Ordinal);
            var byCode = Enumerable.Range(0, nafs.Length + 1).Select(n => n > 0 && codes.Contains(nafs[n - 1].Code)).ToArray();
            NafAllowed = NafAllowed is null ? byCode : NafAllowed.Zip(byCode, (a, b) => a && b).ToArray();
        }
    }

    private void CompileConditions(SandboxSearchQuery q, SandboxData data)
    {
        if (q.SalaireMin is { } salaire && q.PeriodeSalaire is { Length: > 0 } periode)
        {
            SalaryPeriod = Array.IndexOf(SalaryRule.PeriodCodes, periode) + 1;
            SalaireMin = (double)salaire;
            Impossible |= SalaryPeriod == 0;
        }

        if (q.NiveauFormation is { Length: > 0 } niveau)
        {
            Niveau = Array.FindIndex(data.NiveauxFormations, n => n.Code == niveau);
            Impossible |= Niveau < 0;
        }

        if (q.Permis is { Length: > 0 } permis)
        {
            Permis = Array.FindIndex(data.Permis, p => p.Code == permis);
            Impossible |= Permis < 0;
        }

        if (q.TempsPlein is { } tempsPlein)
        {
            TempsMode = tempsPlein ? 1 : 2;
        }

        if (q.DureeHebdo is { Length: > 0 } dureeHebdo)
        {
            var mode = dureeHebdo switch { "0" => 0, "1" => 1, "2" => 2, _ => -1 };
            Impossible |= mode < 0 || (TempsMode >= 0 && TempsMode != mode);
            TempsMode = mode;
        }

        WeeklyMin = q.DureeHebdoMin is { } hhmmMin ? ((hhmmMin / 100) * 60) + (hhmmMin % 100) : -1;
        WeeklyMax = q.DureeHebdoMax is { } hhmmMax ? ((hhmmMax / 100) * 60) + (hhmmMax % 100) : -1;
        DurationMin = q.DureeContratMin ?? -1;
        DurationMax = q.DureeContratMax ?? -1;

        Flag(q.AccesTravailleurHandicape, OffreFlags.AccessibleTH);
        Flag(q.OffresMrs, OffreFlags.OffresMrs);
        Flag(q.OffresManqueCandidats, OffreFlags.OffresManqueCandidats);
        Flag(q.EntreprisesAdaptees, OffreFlags.EntrepriseAdaptee);
        Flag(q.EmployeursHandiEngages, OffreFlags.EmployeurHandiEngage);
    }

    /// <summary>true keeps the offers that have the flag; false keeps those that do not.</summary>
    private void Flag(bool? wanted, ushort flag)
    {
        if (wanted == true)
        {
            FlagsSet |= flag;
        }
        else if (wanted == false)
        {
            FlagsClear |= flag;
        }
    }

    private static bool[] Membership(CodeLabel[] referentiel, IReadOnlyList<string> codes)
    {
        var set = codes.ToHashSet(StringComparer.Ordinal);
        return referentiel.Select(r => set.Contains(r.Code)).ToArray();
    }
}
