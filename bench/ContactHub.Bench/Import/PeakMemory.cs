namespace ContactHub.Bench.Import;

/// <summary>Peak resident memory (VmHWM) of this process, resettable so one phase can be measured on its own.</summary>
internal static class PeakMemory
{
    /// <summary>Writing 5 to clear_refs resets the high-water mark (Linux); elsewhere the peak covers the whole run.</summary>
    public static void Reset()
    {
        GC.Collect();
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
