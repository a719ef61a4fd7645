namespace OrdersApi.Tests;

/// <summary>Attack strings used by the SQL injection and XSS suites.</summary>
internal static class InjectionPayloads
{
    public static readonly string[] Sql =
    [
        "' OR '1'='1", "'; DROP TABLE orders; --", "1; DELETE FROM orders", "' UNION SELECT password FROM users --",
        "admin'--", "' OR 1=1#", "\"; SHUTDOWN; --", "1' AND SLEEP(5)--", "'||(SELECT version())||'", "' AND 1=CONVERT(int,@@version)--",
    ];

    public static readonly string[] Xss =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "javascript:alert(1)",
        "<iframe src=javascript:alert(1)>", "<body onload=alert(1)>",
    ];
}
