using System.IO.Pipelines;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GovFunctions.Api.Http.Kestrel;

/// <summary>
/// Kestrel answers a request it cannot parse (characters not allowed in the target, a request line or headers over
/// its limits) itself, before any middleware runs, with an empty body; that cannot be configured. This connection
/// middleware turns exactly those answers into RFC 9457 problems, so a client sees problem+json for every error.
/// </summary>
public static class ServerRejectionAnswers
{
    public static void Configure(KestrelServerOptions options) =>
        options.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new RewrittenTransport(transport.Input, new ProblemRewritingWriter(transport.Output));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        }));

    private sealed class RewrittenTransport(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
