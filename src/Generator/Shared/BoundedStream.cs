namespace Generator;

/// <summary>The first <c>length</c> bytes of a stream, read-only: what a reader of a file with a trailer may consume.</summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
{
    private readonly long length = limit;
    private long left = limit;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => length - left;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (left <= 0) return 0;
        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, left)]);
        left -= read;
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
