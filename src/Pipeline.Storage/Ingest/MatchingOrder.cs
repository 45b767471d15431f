namespace Pipeline.Storage.Ingest;

/// <summary>
/// Lets uploads that are read side by side enter matching in a fixed order (the CLI's sorted file list), so who
/// is <c>new</c> and who is a <c>duplicate</c> never depends on which file was read faster.
/// </summary>
public sealed class MatchingOrder
{
    private readonly TaskCompletionSource[] _done;
    private readonly Task _before;

    /// <param name="before">
    /// What must be done before any upload matches (the CLI's register load, read while the first files are read);
    /// if it fails, every turn fails with it, so no upload is matched without it.
    /// </param>
    public MatchingOrder(int count, Task? before = null)
    {
        _before = before ?? Task.CompletedTask;
        _done = new TaskCompletionSource[count];
        for (var i = 0; i < count; i++)
        {
            _done[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public IMatchingTurn Turn(int position) => new OrderedTurn(this, position);

    private sealed class OrderedTurn(MatchingOrder order, int position) : IMatchingTurn
    {
        public async Task WaitAsync(CancellationToken cancellationToken)
        {
            await order._before.WaitAsync(cancellationToken);
            if (position > 0)
            {
                await order._done[position - 1].Task.WaitAsync(cancellationToken);
            }
        }

        /// <summary>Done, whether matched, skipped or failed; the next turn opens once every earlier one is done too.</summary>
        public void Complete()
        {
            if (position == 0)
            {
                order._done[0].TrySetResult();
                return;
            }

            order._done[position - 1].Task.ContinueWith(
                _ => order._done[position].TrySetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}

/// <summary>An upload's place in line for matching; <see cref="Immediate"/> when order does not matter.</summary>
public interface IMatchingTurn
{
    public static IMatchingTurn Immediate { get; } = new ImmediateTurn();

    Task WaitAsync(CancellationToken cancellationToken);

    void Complete();

    private sealed class ImmediateTurn : IMatchingTurn
    {
        public Task WaitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Complete()
        {
        }
    }
}
