namespace OrdersApi;

/// <summary>Takes X-Request-ID from the request (or makes one), echoes it, and logs every request with it.</summary>
internal sealed class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers["X-Request-ID"].FirstOrDefault() is { Length: > 0 and <= 128 } given ? given : Guid.NewGuid().ToString("N");
        context.Response.Headers["X-Request-ID"] = id;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = id }))
        {
            await next(context);
            logger.LogInformation("{Method} {Path} answered {Status} (request {RequestId})", context.Request.Method, context.Request.Path, context.Response.StatusCode, id);
        }
    }
}
