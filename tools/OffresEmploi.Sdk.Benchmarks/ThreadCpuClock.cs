using System.Diagnostics;
using System.Runtime.InteropServices;
using OffresEmploi.Testing;

namespace OffresEmploi.Sdk.Benchmarks;

/// <summary>
/// The CPU time of the calling thread, in nanoseconds, where the OS gives it cheaply (Linux); otherwise the wall clock.
/// </summary>
/// <remarks>
/// On a machine shared with other builds, wall time includes the time the thread waited for a core, and an
/// operation of 3 ms is preempted more often than one of 0.6 ms, which skews a ratio. Thread CPU time does not
/// include waiting, and does include a workstation GC triggered by the thread's own allocations.
/// </remarks>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static string Name => IsCpuTime ? "thread CPU time" : "wall time";

    public static long Now() => IsCpuTime && TryRead(out var nanoseconds)
        ? nanoseconds
        : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static bool TryRead(out long nanoseconds)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
            {
                nanoseconds = (time.Seconds * 1_000_000_000) + time.Nanoseconds;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        nanoseconds = 0;
        return false;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
