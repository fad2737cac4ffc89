using OffresEmploi.SampleVerifier;

// Usage: dotnet run --project tools/OffresEmploi.SampleVerifier -- <directory of *.json search bodies>
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: OffresEmploi.SampleVerifier <directory of *.json search bodies>");
    return 2;
}

var files = Directory.EnumerateFiles(args[0], "*.json").Order(StringComparer.Ordinal).ToList();
if (files.Count == 0)
{
    Console.Error.WriteLine($"error: no *.json file in {args[0]}");
    return 2;
}

var failed = 0;
foreach (var file in files)
{
    var problems = SampleVerifier.VerifySearchBody(File.ReadAllText(file));
    Console.WriteLine($"{(problems.Count == 0 ? "ok  " : "FAIL")} {Path.GetFileName(file)}");
    foreach (var problem in problems.Take(50))
    {
        Console.WriteLine($"     {problem}");
    }

    if (problems.Count > 50)
    {
        Console.WriteLine($"     ... and {problems.Count - 50} more");
    }

    failed += problems.Count > 0 ? 1 : 0;
}

Console.WriteLine($"{files.Count - failed} of {files.Count} files fit the generated models.");
return failed == 0 ? 0 : 1;
