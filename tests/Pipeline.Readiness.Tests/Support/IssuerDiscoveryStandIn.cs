using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>No OpenID provider is reachable here: a loopback HTTPS server answers every discovery request with the
/// given issuer, and its transport connects every host name to it (what DNS would do), so the gate's real HTTP client
/// reads a real discovery document for the configured issuer URL.</summary>
internal sealed class IssuerDiscoveryStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _certificate;

    private IssuerDiscoveryStandIn(WebApplication app, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, HttpMessageHandler handler) =>
        (_app, _certificate, Handler) = (app, certificate, handler);

    public HttpMessageHandler Handler { get; }

    public static async Task<IssuerDiscoveryStandIn> StartAsync(string issuer)
    {
        var certificate = LoopbackServer.SelfSignedCertificate();
        var (app, uri) = await LoopbackServer.StartAsync(a => a.MapGet("/{**path}", (string path) =>
            path.EndsWith(".well-known/openid-configuration", StringComparison.Ordinal) ? Results.Json(new { issuer }) : Results.NotFound()), certificate);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellation) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, uri.Port), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
        };
        return new IssuerDiscoveryStandIn(app, certificate, handler);
    }

    public async ValueTask DisposeAsync()
    {
        Handler.Dispose();
        await _app.DisposeAsync();
        _certificate.Dispose();
    }
}
