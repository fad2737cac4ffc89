using OffresEmploi.Sdk.Places;

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

var root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
if (root is null)
{
    Console.Error.WriteLine("error: cannot find OffresEmploi.Sdk.sln above the working directory; run from the repository");
    return 2;
}

var path = Path.Combine(root, RelativePath);
var bytes = PlaceIndexFile.BuildEmbedded().ToBytes();
var upToDate = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
if (args.Length == 1)
{
    Console.WriteLine(upToDate ? $"{RelativePath} is up to date." : $"{RelativePath} is out of date; run `dotnet run --project tools/OffresEmploi.PlaceIndex`.");
    return upToDate ? 0 : 1;
}

if (!upToDate)
{
    File.WriteAllBytes(path, bytes);
}

Console.WriteLine(upToDate ? $"{RelativePath} is up to date." : $"{RelativePath} written ({bytes.Length:N0} bytes); rebuild the SDK to embed it.");
return 0;

static string? FindRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "OffresEmploi.Sdk.sln")))
        {
            return directory.FullName;
        }
    }

    return null;
}
