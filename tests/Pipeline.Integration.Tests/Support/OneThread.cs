using System.Collections.Concurrent;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// Runs async work with every continuation of its own code on one dedicated thread, so that thread's allocation
/// counter (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) measures that work alone, even while other test
/// classes allocate in parallel (the process-wide counter would count them too).
/// </summary>
/// <remarks>
/// Library internals that await with <c>ConfigureAwait(false)</c> (the Azure SDK's HTTP layer) resume on pool
/// threads and are not counted; the pipeline's own code, the spreadsheet reading included, is.
/// </remarks>
public static class OneThread
{
    public static Task<(T Result, long AllocatedBytes)> MeasureAsync<T>(Func<Task<T>> work)
    {
        var done = new TaskCompletionSource<(T, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var context = new QueueContext();
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var task = work();
                task.ContinueWith(_ => context.Finish(), TaskScheduler.Default);
                context.Pump();
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                done.SetResult((task.GetAwaiter().GetResult(), allocated));
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }
        })
        { IsBackground = true, Name = "measured" };
        thread.Start();
        return done.Task;
    }

    private sealed class QueueContext : SynchronizationContext
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();

        public override void Post(SendOrPostCallback d, object? state)
        {
            try
            {
                _queue.Add((d, state));
            }
            catch (InvalidOperationException)
            {
                // Posted after the work finished (a stray continuation): run it elsewhere.
                ThreadPool.QueueUserWorkItem(_ => d(state));
            }
        }

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

        public void Finish() => _queue.CompleteAdding();

        public void Pump()
        {
            foreach (var (callback, state) in _queue.GetConsumingEnumerable())
            {
                callback(state);
            }
        }
    }
}
