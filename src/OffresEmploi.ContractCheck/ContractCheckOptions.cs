namespace OffresEmploi.ContractCheck;

/// <summary>How much of the quota a contract check may spend.</summary>
public sealed class ContractCheckOptions
{
    /// <summary>Gets or sets the most API requests the check sends (the token request aside).</summary>
    /// <value>Defaults to 60; from 1 to 500. Past it, the remaining probes are skipped and counted.</value>
    public int RequestBudget { get; set; } = 60;

    /// <summary>Gets or sets how many offers of the first search are read back by id.</summary>
    /// <value>Defaults to 3; from 0 to 20.</value>
    public int OffersById { get; set; } = 3;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range; the message names it.</exception>
    public void Validate()
    {
        if (RequestBudget is < 1 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestBudget), RequestBudget, "The request budget must be from 1 to 500 requests.");
        }

        if (OffersById is < 0 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(OffersById), OffersById, "The number of offers read by id must be from 0 to 20.");
        }
    }
}
