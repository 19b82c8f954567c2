using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovFunctions.EndToEndTests;

/// <summary>
/// The Cosmos DB emulator started the way scripts/emulators.sh starts it (scripts/cosmos-emulator.js, data on disk), on
/// a port of its own, so a test can kill it and start it again without disturbing the suite's shared emulator.
/// </summary>
internal sealed class CosmosEmulatorProcess(string dataDirectory, int port) : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; } = port;

    public string Endpoint => $"https://127.0.0.1:{Port}/";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "scripts", "cosmos-emulator.js")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("scripts/cosmos-emulator.js not found above the test's folder.");
    }

    public async Task StartAsync()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("node", ["scripts/cosmos-emulator.js", "--host", "127.0.0.1", "--port", Port.ToString(), "--data", dataDirectory, "--snapshot-delay", "200"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await http.GetAsync(Endpoint);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The Cosmos DB emulator did not answer within 10 s.");
    }

    /// <summary>A crash: SIGKILL, no chance to write anything.</summary>
    public async Task KillAsync()
    {
        _process!.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>What Ctrl+C or scripts/emulators.sh stop does: SIGTERM, on which it writes its snapshot.</summary>
    public async Task StopAsync()
    {
        Process.Start("kill", ["-TERM", _process!.Id.ToString()])!.WaitForExit();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
