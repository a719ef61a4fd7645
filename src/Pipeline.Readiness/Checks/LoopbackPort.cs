using System.Net;
using System.Net.Sockets;

namespace Pipeline.Readiness.Checks;

/// <summary>A TCP port on loopback that nothing listens on right now, for a service or server a check starts.</summary>
internal static class LoopbackPort
{
    /// <summary>Asks the operating system for a free port and releases it at once.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
