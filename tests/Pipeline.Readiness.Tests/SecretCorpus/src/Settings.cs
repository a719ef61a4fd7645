namespace Orders;

public static class Settings
{
    public const string AwsKeyId = "AKIALACI35K21PEA9DJ2";
    public const string aws_secret_access_key = "LdTGjjGu5PDHHIUrQdMftdK7Z9Z2AOyxpz/Yyj1v";
    public const string Stripe = "sk_live_5M7ByFgDcEW7AKW3gc3FnJxF";
    public const string StripeTest = "sk_test_kQjVDZRucq2zyw8GOuLfafi1JrpRWBJG";
    private const string ApiToken = "9encC4davDsREymZzoU8nDX7rnx5xrbw";
    private static readonly string DbPassword = "a#RXcrzEBZshBfTf39";
    public const string GoogleMaps = "AIzaVMBlMJzjtPrcWC3f5fMqIY3Dwarw4xQTQzK";
}
