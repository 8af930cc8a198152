namespace ContactHub.Bench.Import;

/// <summary>Peak resident memory (VmHWM) of this process, resettable so one phase can be measured on its own.</summary>
internal static class PeakMemory
{
    /// <summary>
    /// Writing 5 to clear_refs resets the high-water mark (Linux); elsewhere the peak covers the whole run. The
    /// collection before it is the aggressive kind, which also gives the freed memory back to the system: otherwise the
    /// mark starts from what the previous phase (generating the input) left committed, not from what is alive.
    /// </summary>
    public static void Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The resident memory now (VmRSS), to show what a phase starts from.</summary>
    public static double CurrentMegabytes() => Math.Round(Environment.WorkingSet / 1024.0 / 1024.0, 1);

    public static double Megabytes()
    {
        var line = File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            : null;
        var kilobytes = line is null
            ? Environment.WorkingSet / 1024
            : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return Math.Round(kilobytes / 1024.0, 1);
    }
}
