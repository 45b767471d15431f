using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using ExcelDataReader;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// The floor the pipeline is compared with: a bare ExcelDataReader read of the same files (every cell to text)
/// plus a bare insert of every row into a table, 100 per transaction. Nothing validated, matched or written back.
/// </summary>
internal static class FloorMeasurement
{
    public static async Task<(TimeSpan Elapsed, int Rows)> RunAsync(string connectionString, string uploadsRoot, IReadOnlyList<string> paths)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var table = new TableClient(connectionString, "Floor");
        await table.CreateIfNotExistsAsync();
        var watch = Stopwatch.StartNew();
        var rows = 0;
        for (var f = 0; f < paths.Count; f++)
        {
            await using var stream = File.OpenRead(Path.Combine(uploadsRoot, paths[f]));
            using var reader = ExcelReaderFactory.CreateReader(stream);
            var partition = "f" + f.ToString(CultureInfo.InvariantCulture);
            var batch = new List<TableTransactionAction>(100);
            var row = 0;
            while (reader.Read())
            {
                var entity = new TableEntity(partition, (++row).ToString("D7", CultureInfo.InvariantCulture));
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    if (reader.GetValue(c) is { } value)
                    {
                        entity["C" + c.ToString(CultureInfo.InvariantCulture)] = Convert.ToString(value, CultureInfo.InvariantCulture);
                    }
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
                if (batch.Count == 100)
                {
                    await table.SubmitTransactionAsync(batch);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await table.SubmitTransactionAsync(batch);
            }

            rows += row;
        }

        return (watch.Elapsed, rows);
    }
}
