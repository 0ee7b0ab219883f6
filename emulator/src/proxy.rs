//! The emulator as an HTTP proxy would answer `CONNECT`: clients configured with a tunnelling
//! proxy (the Node.js SDK's `proxy` setting, `http_proxy`) keep the real endpoint name, which is
//! what they sign, and reach the emulator, which then serves the API itself inside the tunnel
//! whatever host it names.
//!
//! A connection whose first bytes are `CONNECT ` has its request head read here (bounded in
//! size and time like any head), is answered `200 Connection established`, and goes on to the
//! HTTP server as if it had just been accepted. The emulator has no TLS, so a tunnel to port
//! 443 (a client about to speak HTTPS) is refused with `502` and an explanation. Requests with
//! absolute-form targets (`POST http://ecm.tencentcloudapi.com/`), which proxies without
//! tunnels receive, need nothing here: the server routes them like `/`.

use std::io;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CONNECT: &[u8] = b"CONNECT ";
/// How long to wait before peeking again at a head that has not fully arrived.
const PEEK_PAUSE: Duration = Duration::from_millis(2);

/// Bounds on a `CONNECT` request head.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TunnelLimits {
    pub(crate) head_timeout: Duration,
    pub(crate) max_head_bytes: usize,
}

/// Returns `stream` ready for the HTTP server: unchanged if it does not start with `CONNECT`,
/// past the `CONNECT` head and its `200` answer if it does. An error ends the connection: a
/// client that sends nothing within the head timeout, a `CONNECT` head that is too large or
/// malformed, or a tunnel to port 443.
pub(crate) async fn accept_tunnel(
    mut stream: TcpStream,
    limits: TunnelLimits,
) -> io::Result<TcpStream> {
    let head = tokio::time::timeout(limits.head_timeout, connect_head(&stream, limits))
        .await
        .map_err(|_| io::Error::from(io::ErrorKind::TimedOut))??;
    let Some(length) = head else {
        return Ok(stream);
    };
    let mut head = vec![0; length];
    stream.read_exact(&mut head).await?;
    let target = head
        .split(|&b| b == b' ')
        .nth(1)
        .and_then(|target| std::str::from_utf8(target).ok())
        .unwrap_or("");
    if target
        .rsplit_once(':')
        .is_some_and(|(_, port)| port == "443")
    {
        let body = "ecm-emulator serves plain HTTP only: configure the client with http://, not \
                    https://, so that it tunnels to port 80\n";
        let answer = format!(
            "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(answer.as_bytes()).await?;
        return Err(io::Error::other("a tunnel to port 443"));
    }
    stream
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    Ok(stream)
}

/// The length of the `CONNECT` head at the start of `stream` (up to and including the blank
/// line), or `None` if the stream does not start with `CONNECT `. Only peeks.
async fn connect_head(stream: &TcpStream, limits: TunnelLimits) -> io::Result<Option<usize>> {
    // Every connection is peeked at, so look at the first bytes with a small buffer and
    // allocate room for a whole head only for a CONNECT.
    let mut start = [0; CONNECT.len()];
    let mut buffer = Vec::new();
    loop {
        let seen = if buffer.is_empty() {
            stream.peek(&mut start).await?
        } else {
            stream.peek(&mut buffer).await?
        };
        if seen == 0 {
            return Err(io::Error::from(io::ErrorKind::UnexpectedEof));
        }
        let prefix = if buffer.is_empty() {
            &start[..seen]
        } else {
            &buffer[..CONNECT.len()]
        };
        if !CONNECT.starts_with(prefix) {
            return Ok(None);
        }
        if buffer.is_empty() {
            if seen == CONNECT.len() {
                buffer = vec![0; limits.max_head_bytes];
                continue;
            }
        } else if let Some(end) = buffer[..seen].windows(4).position(|w| w == b"\r\n\r\n") {
            return Ok(Some(end + 4));
        }
        if seen == buffer.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the CONNECT head is too large",
            ));
        }
        // Part of a head has arrived: peeking again at once would return the same bytes.
        tokio::time::sleep(PEEK_PAUSE).await;
    }
}
