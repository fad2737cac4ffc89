using OffresEmploi.Sdk.Places;
using OffresEmploi.Tools;

// Writes src/OffresEmploi.Sdk/Places/Data/places.index from the place lists embedded in the SDK it is built with
// (PlaceIndexFile.Build). Run it after the lists change: `dotnet run --project tools/OffresEmploi.PlaceIndex`;
// with --check it only says whether the committed file is up to date (exit 1 when not). PlaceIndexDriftTests check it too.
const string RelativePath = "src/OffresEmploi.Sdk/Places/Data/" + PlaceIndexFile.FileName;
const string Usage = "usage: dotnet run --project tools/OffresEmploi.PlaceIndex [-- --check]";

if (args.Length > 1 || args.Length == 1 && args[0] is not "--check")
{
    Console.Error.WriteLine(Usage);
    return 2;
}

return CommittedFile.WriteOrCheck(RelativePath, PlaceIndexFile.BuildEmbedded().ToBytes(), check: args.Length == 1, "tools/OffresEmploi.PlaceIndex", "the SDK");
