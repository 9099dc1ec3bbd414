using Generator.Record;

namespace Generator.Tests.Record;

public sealed class BuildRecordTests
{
    private static readonly BuildRecord Sample = new("1.2.3 abc",
        new Dictionary<string, string> { ["templates/post.sbn-html"] = new string('a', 32), ["content/posts/x.md#card"] = new string('b', 32) },
        new Dictionary<string, PageEntry>
        {
            ["/posts/x/"] = new("posts/x/index.html", new string('c', 32), ["content/posts/x.md#card", "templates/post.sbn-html"],
                ["content/posts/x.md"], new string('d', 64)),
        },
        new Dictionary<string, string> { ["posts/x/index.html"] = new string('d', 64), ["feed.xml"] = new string('e', 64) },
        new Dictionary<string, EntryStamp> { [new string('d', 64)] = new(41_234, 638_999_999_999_999_999), [new string('e', 64)] = new(7, 1) });

    [Fact]
    public void A_record_reads_back_as_it_was_written()
    {
        var read = BuildRecord.FromBytes(Sample.ToBytes()).ShouldNotBeNull();
        read.Tool.ShouldBe(Sample.Tool);
        read.Hashes.OrderBy(h => h.Key).ShouldBe(Sample.Hashes.OrderBy(h => h.Key));
        read.Outputs.OrderBy(o => o.Key).ShouldBe(Sample.Outputs.OrderBy(o => o.Key));
        read.Stamps.OrderBy(o => o.Key).ShouldBe(Sample.Stamps.OrderBy(o => o.Key));
        var page = read.Pages.ShouldHaveSingleItem();
        page.Key.ShouldBe("/posts/x/");
        page.Value.Path.ShouldBe("posts/x/index.html");
        page.Value.Key.ShouldBe(new string('c', 32));
        page.Value.Parts.ShouldBe(["content/posts/x.md#card", "templates/post.sbn-html"]);
        page.Value.Own.ShouldBe(["content/posts/x.md"]);
        page.Value.Output.ShouldBe(new string('d', 64));
    }

    [Fact]
    public void The_same_record_makes_the_same_bytes_whatever_order_it_was_filled_in()
    {
        var reversed = Sample with
        {
            Hashes = Sample.Hashes.Reverse().ToDictionary(),
            Outputs = Sample.Outputs.Reverse().ToDictionary(),
            Stamps = Sample.Stamps.Reverse().ToDictionary(),
        };
        reversed.ToBytes().ShouldBe(Sample.ToBytes());
    }

    [Fact]
    public void A_record_cut_short_or_with_any_byte_changed_is_not_trusted()
    {
        var bytes = Sample.ToBytes();
        for (var length = 0; length < bytes.Length; length += 7) BuildRecord.FromBytes(bytes[..length]).ShouldBeNull();
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 1;
            BuildRecord.FromBytes(changed).ShouldBeNull($"byte {i}");
        }
    }
}
