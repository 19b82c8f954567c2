using System.Text.Json.Nodes;
using GovFunctions.Core.Certificates;
using GovFunctions.Core.Serialization;

namespace GovFunctions.UnitTests.Serialization;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Member_order_and_whitespace_do_not_change_the_bytes()
    {
        var one = JsonNode.Parse("""{ "b": 1, "a": { "y": [true, null, "x"], "x": "证照" }, "A": -7 }""");
        var other = JsonNode.Parse("""{"A":-7,"a":{"x":"证照","y":[true,null,"x"]},"b":1}""");
        Assert.Equal("""{"A":-7,"a":{"x":"证照","y":[true,null,"x"]},"b":1}""", CanonicalJson.Text(one));
        Assert.Equal(CanonicalJson.Bytes(one), CanonicalJson.Bytes(other));
    }

    [Fact]
    public void Strings_are_escaped_as_RFC_8785_section_3_2_2_2_shows()
    {
        // The RFC's example string: only the quote, the backslash and control characters are escaped; the rest is literal UTF-8.
        var node = JsonNode.Parse("""{"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/"}""");
        Assert.Equal("{\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", CanonicalJson.Text(node));
    }

    [Fact]
    public void Members_sort_by_UTF_16_code_units_not_by_culture()
    {
        var node = JsonNode.Parse("""{"\u00e9":1,"z":2,"Z":3,"\ud83d\ude00":4,"\ufb33":5}""");
        Assert.Equal("{\"Z\":3,\"z\":2,\"\u00e9\":1,\"\ud83d\ude00\":4,\"\ufb33\":5}", CanonicalJson.Text(node));
    }

    [Theory]
    [InlineData("""{"n":1.5}""")]
    [InlineData("""{"n":9007199254740993}""")]
    [InlineData("""{"n":1e3}""")]
    public void Numbers_other_than_exact_integers_are_refused(string json) =>
        Assert.Throws<FormatException>(() => CanonicalJson.Text(JsonNode.Parse(json)));
}
