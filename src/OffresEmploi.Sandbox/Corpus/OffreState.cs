namespace OffresEmploi.Sandbox.Corpus;

/// <summary>An offer online on the corpus' day, as tests check a client's copy of the market against it.</summary>
/// <param name="Id">The offer id (<c>id</c>).</param>
/// <param name="DateCreation">Its <c>dateCreation</c>.</param>
/// <param name="DateActualisation">Its <c>dateActualisation</c>, or <see langword="null"/> when the offer has none.</param>
/// <param name="Revision">How many times it was updated after <see cref="CorpusOptions.Now"/>: each update moves
/// <c>dateActualisation</c> to the update's time and changes <c>nombrePostes</c>.</param>
public sealed record OffreState(string Id, DateTimeOffset DateCreation, DateTimeOffset? DateActualisation, int Revision);
