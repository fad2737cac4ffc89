using Microsoft.Extensions.Options;

namespace OffresEmploi.Sdk;

/// <summary>Source-generated (AOT-safe) validator for the DataAnnotations on <see cref="OffresEmploiOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class OffresEmploiOptionsValidator : IValidateOptions<OffresEmploiOptions>;
