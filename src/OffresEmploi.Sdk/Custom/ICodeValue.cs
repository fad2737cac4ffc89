namespace OffresEmploi.Sdk.Models;

/// <summary>
/// A value of one of the API's code lists (<see cref="TypeContrat"/>, <see cref="NatureContrat"/>...): its code as the
/// API spells it, and whether the SDK knows it. Every generated code list implements it, so a tool can tell a code the
/// API added from one the SDK was built with, whatever the list (the contract check reports such codes).
/// </summary>
public interface ICodeValue
{
    /// <summary>Gets the code, exactly as the API spells it.</summary>
    string Value { get; }

    /// <summary>Gets whether the code is one the SDK was generated with.</summary>
    bool IsKnown { get; }
}
