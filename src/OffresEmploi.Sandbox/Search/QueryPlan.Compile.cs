using OffresEmploi.Sandbox.Corpus;
using OffresEmploi.Sandbox.Data;

namespace OffresEmploi.Sandbox.Search;

/// <summary>Turns a <see cref="SandboxSearchQuery"/> into a <see cref="QueryPlan"/>.</summary>
internal sealed partial class QueryPlan
{
    /// <summary>Offers up to this factor of <c>distance</c> away match (the API documents a margin of up to 30 %).</summary>
    public const double DistanceMargin = 1.3;

    /// <summary>The radius used when <c>commune</c> is set without <c>distance</c>.</summary>
    public const int DefaultDistanceKm = 10;

    public static QueryPlan Compile(SandboxSearchQuery q, OffreCorpus corpus, SearchIndex index, DateTimeOffset now)
    {
        var plan = new QueryPlan(corpus, index);
        var data = corpus.Data;
        plan.CompileDates(q, now);
        plan.CompileLocation(q, data);
        plan.CompileMetier(q, data);
        plan.CompileContract(q, data);
        plan.CompileConditions(q, data);
        if (q.PaysContinent is { Length: > 0 } pays && pays is not ("01" or "00"))
        {
            plan.Impossible = true;   // every generated offer is in France
        }

        plan.CompileChecks();
        return plan;
    }

    private void CompileDates(SandboxSearchQuery q, DateTimeOffset now)
    {
        var min = q.MinCreationDate?.ToUnixTimeMilliseconds() ?? long.MinValue;
        if (q.PublieeDepuis is { } days)
        {
            // More days than since year 1 means no lower bound (AddDays would throw).
            var since = days < (now - DateTimeOffset.MinValue).TotalDays ? now.AddDays(-days).ToUnixTimeMilliseconds() : long.MinValue;
            min = Math.Max(min, since);
        }

        Lo = LowerBound(_corpus.CreationMs, min);
        Hi = q.MaxCreationDate is { } max ? LowerBound(_corpus.CreationMs, max.ToUnixTimeMilliseconds() + 1) : _corpus.Count;
        Impossible |= Lo >= Hi;
    }

    private static int LowerBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void CompileLocation(SandboxSearchQuery q, SandboxData data)
    {
        var communes = data.Communes;
        if (q.Commune.Count > 0)
        {
            var targets = q.Commune.Select(communes.IndexOf).ToArray();
            if (targets.Any(t => t < 0))
            {
                Impossible = true;
                return;
            }

            Centres = targets.Select(t => (communes.Latitude[t], communes.Longitude[t])).ToArray();
            var allowed = new bool[communes.Count];
            var distance = q.Distance ?? DefaultDistanceKm;
            if (distance <= 0)
            {
                foreach (var t in targets)
                {
                    allowed[t] = true;
                    foreach (var a in communes.Arrondissements.GetValueOrDefault(t, []))
                    {
                        allowed[a] = true;
                    }
                }
            }
            else
            {
                CoordinatesSuffice = true;
                MarkWithin(communes, allowed, distance * DistanceMargin);
            }

            CommuneAllowed = allowed;
        }

        if (q.Departement.Count > 0)
        {
            var allowed = new bool[data.Departements.Count];
            foreach (var code in q.Departement)
            {
                var d = data.Departements.IndexOf(code);
                if (d < 0)
                {
                    Impossible = true;
                    return;
                }

                allowed[d] = true;
                if (q.InclureLimitrophes)
                {
                    foreach (var n in data.Departements.Limitrophes[d])
                    {
                        allowed[n] = true;
                    }
                }
            }

            DepartementAllowed = allowed;
        }

        if (q.Region is { Length: > 0 } region)
        {
            var inRegion = data.Departements.Regions.Select(r => r == region).ToArray();
            DepartementAllowed = DepartementAllowed is null ? inRegion : DepartementAllowed.Zip(inRegion, (a, b) => a && b).ToArray();
        }
    }

    private void MarkWithin(CommuneTable communes, bool[] allowed, double radiusKm)
    {
        // A degree of latitude is ~111 km: a cheap box test first, haversine only inside the box.
        var box = radiusKm / 110.0;
        for (var j = 0; j < communes.Count; j++)
        {
            foreach (var (lat, lon) in Centres)
            {
                var lonBox = box / Math.Max(0.2, Math.Cos(lat * Math.PI / 180));
                if (Math.Abs(communes.Latitude[j] - lat) <= box && Math.Abs(communes.Longitude[j] - lon) <= lonBox
                    && GeoDistance.Kilometres(lat, lon, communes.Latitude[j], communes.Longitude[j]) <= radiusKm)
                {
                    allowed[j] = true;
                    break;
                }
            }
        }

        // Reaching any part of Paris, Lyon or Marseille returns the whole city (API documentation).
        foreach (var (city, arrondissements) in communes.Arrondissements)
        {
            if (allowed[city] || arrondissements.Any(a => allowed[a]))
            {
                allowed[city] = true;
                foreach (var a in arrondissements)
                {
                    allowed[a] = true;
                }
            }
        }
    }

    private void CompileMetier(SandboxSearchQuery q, SandboxData data)
    {
        var metiers = data.Metiers;
        bool[]? allowed = null;
        void Restrict(Func<int, bool> keep)
        {
            allowed ??= Enumerable.Repeat(true, metiers.Length).ToArray();
            for (var r = 0; r < metiers.Length; r++)
            {
                allowed[r] &= keep(r);
            }
        }

        if (q.CodeRome.Count > 0)
        {
            var codes = q.CodeRome.ToHashSet(StringComparer.Ordinal);
            Restrict(r => codes.Contains(metiers[r].Code));
        }

        if (q.Domaine is { Length: > 0 } domaine)
        {
            Restrict(r => metiers[r].Code.StartsWith(domaine, StringComparison.Ordinal) && domaine.Length == 3);
        }

        if (q.GrandDomaine is { Length: > 0 } grand)
        {
            Restrict(r => SandboxData.GrandDomaineOf(metiers[r].Code) == grand);
        }

        if (q.Theme is { Length: > 0 } theme)
        {
            var bit = int.TryParse(theme, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t) && t is >= 1 and <= 31 ? 1 << (t - 1) : 0;
            Restrict(r => (data.ThemeMaskByRome[r] & bit) != 0);
        }

        if (q.Appellation is { Length: > 0 } appellation)
        {
            Appellation = Array.IndexOf(data.AppellationCodes, appellation);
            Impossible |= Appellation < 0;
        }

        if (q.MotsCles.Count > 0)
        {
            var keywords = q.MotsCles.Select(_index.Keywords.Resolve).ToArray();
            if (keywords.Any(k => k is null))
            {
                Impossible = true;
                return;
            }

            Keywords = keywords!;
            foreach (var k in Keywords.Where(k => !k.MatchesAcrossMetiers))
            {
                // Only a restriction of the candidates: an offer of another métier cannot match this expression.
                Restrict(r => k.PossibleRome[r]);
            }
        }

        RomeAllowed = allowed;
    }
}
