//! An HTTP `CONNECT` tunnel through a proxy (RFC 9110, section 9.3.6): what an `https://`
//! endpoint is reached through, so that the proxy sees only the host and port.

use std::future::poll_fn;
use std::io;
use std::pin::Pin;

use http::HeaderValue;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The most of a proxy's answer to `CONNECT` that is read before giving up on it.
const MAX_ANSWER_BYTES: usize = 8 * 1024;

/// Asks the proxy at the other end of `stream` for a tunnel to `authority` (`host:port`),
/// with its credentials if any. On success the stream carries the tunnel; the proxy's
/// answer never ends up in the error (it could echo the credentials).
pub(crate) async fn open<S>(
    stream: &mut S,
    authority: &str,
    authorization: Option<&HeaderValue>,
) -> io::Result<()>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut head = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n").into_bytes();
    if let Some(authorization) = authorization {
        head.extend_from_slice(b"Proxy-Authorization: ");
        head.extend_from_slice(authorization.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    let mut written = 0;
    while written < head.len() {
        let wrote = poll_fn(|cx| Pin::new(&mut *stream).poll_write(cx, &head[written..])).await?;
        if wrote == 0 {
            return Err(io::Error::from(io::ErrorKind::WriteZero));
        }
        written += wrote;
    }
    poll_fn(|cx| Pin::new(&mut *stream).poll_flush(cx)).await?;

    let mut answer = Vec::with_capacity(512);
    let mut chunk = [0u8; 512];
    while !answer.ends_with(b"\r\n\r\n") {
        if answer.len() >= MAX_ANSWER_BYTES {
            return Err(refused("the proxy's answer to CONNECT is too long"));
        }
        // Byte by byte near the end of the head, so that nothing after it is consumed: the
        // tunnel's first bytes belong to the TLS handshake.
        let want = if answer.is_empty() { 12 } else { 1 };
        let mut buffer = ReadBuf::new(&mut chunk[..want]);
        poll_fn(|cx| Pin::new(&mut *stream).poll_read(cx, &mut buffer)).await?;
        let read = buffer.filled().len();
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the proxy closed the connection before answering CONNECT",
            ));
        }
        answer.extend_from_slice(&chunk[..read]);
    }
    match status(&answer) {
        Some(200..=299) => Ok(()),
        Some(407) => Err(refused("proxy authorization required")),
        Some(code) => Err(refused(&format!(
            "the proxy refused the tunnel with HTTP {code}"
        ))),
        None => Err(refused("the proxy's answer to CONNECT is not HTTP")),
    }
}

/// The status code of an HTTP/1.x status line.
fn status(answer: &[u8]) -> Option<u16> {
    let rest = answer
        .strip_prefix(b"HTTP/1.1 ")
        .or_else(|| answer.strip_prefix(b"HTTP/1.0 "))?;
    let code = std::str::from_utf8(rest.get(..3)?).ok()?;
    if !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    code.parse().ok()
}

fn refused(message: &str) -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionRefused, message.to_owned())
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// Runs `open` against a proxy that answers `answer`; returns the result, what the
    /// proxy read, and what the tunnel then reads.
    async fn against(answer: &'static [u8]) -> (io::Result<()>, String, Vec<u8>) {
        let (mut client, mut proxy) = tokio::io::duplex(64 * 1024);
        let proxy = tokio::spawn(async move {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                proxy.read_exact(&mut byte).await.unwrap();
                head.push(byte[0]);
            }
            proxy.write_all(answer).await.unwrap();
            let _ = proxy.shutdown().await;
            String::from_utf8(head).unwrap()
        });
        let authorization = HeaderValue::from_static("Basic dTpw");
        let result = open(&mut client, "ecm.example:443", Some(&authorization)).await;
        let head = proxy.await.unwrap();
        let mut after = Vec::new();
        if result.is_ok() {
            client.read_to_end(&mut after).await.unwrap();
        }
        (result, head, after)
    }

    #[tokio::test]
    async fn a_tunnel_asks_for_the_authority_only_and_keeps_what_follows() {
        let (result, head, after) =
            against(b"HTTP/1.1 200 Connection established\r\nVia: p\r\n\r\n\x16\x03\x01").await;
        result.unwrap();
        assert_eq!(
            head,
            "CONNECT ecm.example:443 HTTP/1.1\r\nHost: ecm.example:443\r\n\
             Proxy-Authorization: Basic dTpw\r\n\r\n"
        );
        assert_eq!(
            after, b"\x16\x03\x01",
            "the tunnel's first bytes are not consumed"
        );
    }

    #[tokio::test]
    async fn refusals_say_why_without_quoting_the_proxy() {
        for (answer, expected) in [
            (
                &b"HTTP/1.1 407 Proxy Authentication Required\r\nX: Basic dTpw\r\n\r\n"[..],
                "proxy authorization required",
            ),
            (
                b"HTTP/1.0 403 Forbidden\r\n\r\n",
                "the proxy refused the tunnel with HTTP 403",
            ),
            (
                b"SSH-2.0-OpenSSH\r\n\r\n",
                "the proxy's answer to CONNECT is not HTTP",
            ),
            (
                b"HTTP/1.1 200",
                "the proxy closed the connection before answering CONNECT",
            ),
        ] {
            let (result, _, _) = against(answer).await;
            let error = result.unwrap_err();
            assert_eq!(error.to_string(), expected);
        }
    }

    #[tokio::test]
    async fn an_endless_answer_is_cut_off() {
        let endless: &'static [u8] = Box::leak(
            [&b"HTTP/1.1 200 OK\r\n"[..], &[b'x'; 9000]]
                .concat()
                .into_boxed_slice(),
        );
        let (result, _, _) = against(endless).await;
        assert_eq!(
            result.unwrap_err().to_string(),
            "the proxy's answer to CONNECT is too long"
        );
    }
}
