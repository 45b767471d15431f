namespace Pipeline.Core.Budget;

/// <summary>What the regency would pay for a number of new workers, as every report shows it.</summary>
/// <param name="People">New eligible workers counted.</param>
/// <param name="MonthlyRate">Contribution per person for the first month (the rate in force on the start date).</param>
/// <param name="Monthly">People × <paramref name="MonthlyRate"/>.</param>
/// <param name="Months">Length of the period.</param>
/// <param name="Total">People × the sum of the rate in force in each month of the period.</param>
public sealed record BudgetEstimate(int People, decimal MonthlyRate, decimal Monthly, int Months, decimal Total);
