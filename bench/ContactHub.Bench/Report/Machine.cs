using System.Runtime.InteropServices;

namespace ContactHub.Bench.Report;

/// <summary>The machine a run was measured on, read from /proc.</summary>
internal sealed record Machine(string Cpu, int Cores, double RamGb, string Os, string Runtime)
{
    public static Machine Current()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadField("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        var ram = memKb is null ? 0 : Math.Round(long.Parse(memKb, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0, 1);
        return new Machine(cpu, Environment.ProcessorCount, ram, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }

    private static string? ReadField(string file, string name) => File.Exists(file)
        ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
        : null;
}
