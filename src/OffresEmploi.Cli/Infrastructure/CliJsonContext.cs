using System.Text.Json.Serialization;
using OffresEmploi.Cli.Harvesting;

namespace OffresEmploi.Cli.Infrastructure;

/// <summary>Source-generated JSON metadata for the CLI's own files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OutputCheckpoint))]
[JsonSerializable(typeof(Settings.FilterSettings))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
