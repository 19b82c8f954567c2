namespace ProvincialReceiver;

public sealed record ReceiverOptions(
    string Province, string QueueConnection, string QueuePrefix, string? ServiceBusNamespace, string Topic, string Store, int MaxDeliveries, bool Once)
{
    public const string Usage = """
        usage: ProvincialReceiver --province CODE [options]
          --province CODE              the province whose milestones to take (e.g. 330000)
          --store DIR                  where received milestones are kept (default ./received)
          --once                       stop when the queue is empty (Storage queue only)
          Storage queue (local, Azurite):
            --queue-connection TEXT    default UseDevelopmentStorage=true
            --queue-prefix TEXT        default province-   (queue province-CODE, poison queue province-CODE-poison)
            --max-deliveries N         failed deliveries before a message moves to the poison queue (default 5)
          Service Bus (Azure, signed in with DefaultAzureCredential):
            --servicebus-namespace NS  e.g. sb-govfunctions.servicebus.windows.net
            --topic NAME               default case-milestones (subscription province-CODE)
        """;

    public static ReceiverOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var once = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--once")
            {
                once = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        if (!values.TryGetValue("province", out var province) || province.Length != 6 || !province.All(char.IsAsciiDigit))
        {
            return null;
        }

        return new ReceiverOptions(
            province,
            values.GetValueOrDefault("queue-connection", "UseDevelopmentStorage=true"),
            values.GetValueOrDefault("queue-prefix", "province-"),
            values.GetValueOrDefault("servicebus-namespace"),
            values.GetValueOrDefault("topic", "case-milestones"),
            values.GetValueOrDefault("store", "received"),
            int.TryParse(values.GetValueOrDefault("max-deliveries", "5"), out var max) && max > 0 ? max : 5,
            once);
    }
}
