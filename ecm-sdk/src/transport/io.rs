//! A tokio byte stream seen through hyper's I/O traits: hyper's connections read and write
//! with `hyper::rt::Read`/`Write`, the streams of the connector implement tokio's
//! `AsyncRead`/`AsyncWrite`.

use std::io;
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The most one read takes from the stream (hyper reads again for more). The bytes land in
/// an uninitialised buffer on the stack first, then are copied into hyper's: filling hyper's
/// buffer in place would take `unsafe`.
const READ_CHUNK: usize = 16 * 1024;

/// A tokio stream as hyper's I/O.
pub(crate) struct HyperIo<T> {
    inner: T,
}

impl<T> HyperIo<T> {
    pub(crate) fn new(inner: T) -> Self {
        HyperIo { inner }
    }
}

impl<T: AsyncRead + Unpin> hyper::rt::Read for HyperIo<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        mut buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        let mut chunk = [MaybeUninit::<u8>::uninit(); READ_CHUNK];
        let len = buf.remaining().min(READ_CHUNK);
        let mut read = ReadBuf::uninit(&mut chunk[..len]);
        ready!(Pin::new(&mut self.get_mut().inner).poll_read(cx, &mut read))?;
        // Nothing read into a non-empty buffer is the end of the stream, as for hyper.
        buf.put_slice(read.filled());
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncWrite + Unpin> hyper::rt::Write for HyperIo<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }
}

#[cfg(test)]
mod tests {
    use std::future::poll_fn;
    use std::io::IoSlice;

    use hyper::rt::{Read, Write};
    use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};

    use super::*;

    /// One read through hyper's trait into a buffer of `capacity` bytes.
    async fn read(io: &mut HyperIo<DuplexStream>, capacity: usize) -> Vec<u8> {
        let mut storage = vec![0; capacity];
        let mut buf = hyper::rt::ReadBuf::new(&mut storage);
        poll_fn(|cx| Pin::new(&mut *io).poll_read(cx, buf.unfilled()))
            .await
            .unwrap();
        buf.filled().to_vec()
    }

    #[tokio::test]
    async fn reads_take_what_fits_and_then_see_the_end_of_the_stream() {
        let (client, mut server) = tokio::io::duplex(64);
        let mut io = HyperIo::new(client);
        server.write_all(b"hello").await.unwrap();
        assert_eq!(
            read(&mut io, 3).await,
            b"hel",
            "no more than the buffer holds"
        );
        assert_eq!(
            read(&mut io, 16).await,
            b"lo",
            "the rest, short of the buffer"
        );
        drop(server);
        assert_eq!(read(&mut io, 16).await, b"", "the end of the stream");
        assert_eq!(read(&mut io, 16).await, b"", "and again");
    }

    #[tokio::test]
    async fn reads_larger_than_one_chunk_arrive_whole_over_several_reads() {
        let (client, mut server) = tokio::io::duplex(READ_CHUNK * 4);
        let mut io = HyperIo::new(client);
        let sent: Vec<u8> = (0..READ_CHUNK * 3 + 7).map(|i| (i % 251) as u8).collect();
        server.write_all(&sent).await.unwrap();
        drop(server);
        let mut received = Vec::new();
        loop {
            let bytes = read(&mut io, READ_CHUNK * 4).await;
            if bytes.is_empty() {
                break;
            }
            assert!(bytes.len() <= READ_CHUNK);
            received.extend(bytes);
        }
        assert_eq!(received, sent);
    }

    #[tokio::test]
    async fn writes_flush_and_shutdown_reach_the_other_end() {
        let (client, mut server) = tokio::io::duplex(64);
        let mut io = HyperIo::new(client);
        let sent = b"ping pong";
        let mut written = 0;
        while written < sent.len() {
            written += poll_fn(|cx| Pin::new(&mut io).poll_write(cx, &sent[written..]))
                .await
                .unwrap();
        }
        poll_fn(|cx| Pin::new(&mut io).poll_flush(cx))
            .await
            .unwrap();
        poll_fn(|cx| Pin::new(&mut io).poll_shutdown(cx))
            .await
            .unwrap();
        let mut received = Vec::new();
        server.read_to_end(&mut received).await.unwrap();
        assert_eq!(
            received, b"ping pong",
            "everything, then the end of the stream"
        );
    }

    /// A writer that records the slices of each write, and says whether it takes vectored
    /// writes as `vectored` says.
    #[derive(Default)]
    struct Recorder {
        vectored: bool,
        writes: Vec<Vec<Vec<u8>>>,
    }

    impl AsyncWrite for Recorder {
        fn poll_write(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            self.get_mut().writes.push(vec![buf.to_vec()]);
            Poll::Ready(Ok(buf.len()))
        }

        fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }

        fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }

        fn poll_write_vectored(
            self: Pin<&mut Self>,
            _: &mut Context<'_>,
            bufs: &[IoSlice<'_>],
        ) -> Poll<io::Result<usize>> {
            let slices: Vec<Vec<u8>> = bufs.iter().map(|slice| slice.to_vec()).collect();
            let len = slices.iter().map(Vec::len).sum();
            self.get_mut().writes.push(slices);
            Poll::Ready(Ok(len))
        }

        fn is_write_vectored(&self) -> bool {
            self.vectored
        }
    }

    #[tokio::test]
    async fn vectored_writes_go_to_the_stream_as_they_are() {
        assert!(!HyperIo::new(Recorder::default()).is_write_vectored());
        let mut io = HyperIo::new(Recorder {
            vectored: true,
            ..Recorder::default()
        });
        assert!(io.is_write_vectored());
        let slices = [IoSlice::new(b"head"), IoSlice::new(b"body")];
        let written = poll_fn(|cx| Pin::new(&mut io).poll_write_vectored(cx, &slices))
            .await
            .unwrap();
        assert_eq!(written, 8);
        assert_eq!(io.inner.writes, [vec![b"head".to_vec(), b"body".to_vec()]]);
    }
}
