namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Bits of <see cref="OffreCorpus.Flags"/>.</summary>
internal static class OffreFlags
{
    public const ushort AccessibleTH = 1;
    public const ushort AccessibleTHPresent = 1 << 1;
    public const ushort EntrepriseAdaptee = 1 << 2;
    public const ushort EmployeurHandiEngage = 1 << 3;
    public const ushort OffresManqueCandidats = 1 << 4;
    public const ushort OffresManqueCandidatsPresent = 1 << 5;
    public const ushort OffresMrs = 1 << 6;
    public const ushort DurationInDays = 1 << 7;
    public const ushort ThirteenMonths = 1 << 8;
}
