//! TCP connections for the [`HyperTransport`](super::HyperTransport): the host resolved, its
//! addresses tried as RFC 8305 ("Happy Eyeballs") suggests, and the socket options the
//! transport needs (`TCP_NODELAY`, TCP keep-alive).

use std::future::{Future, poll_fn};
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

use tokio::net::TcpStream;

/// How long the addresses of the first family have alone before those of the other family
/// are tried beside them (RFC 8305 recommends 250 ms; hyper-util's connector uses 300 ms).
const FALLBACK_DELAY: Duration = Duration::from_millis(300);

/// TCP keep-alive probes: a dead idle connection is noticed instead of hanging a request.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// A TCP connection to `host` (a name, an IPv4 address or a bracketed IPv6 address) and
/// `port`, within `timeout` for each address in turn (each gets its share of it).
pub(crate) async fn dial(host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let literal = host
        .strip_prefix('[')
        .and_then(|host| host.strip_suffix(']'))
        .unwrap_or(host);
    let addresses: Vec<SocketAddr> = match literal.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((literal, port)).await?.collect(),
    };
    let (preferred, fallback) = by_family(addresses);
    let stream = race(preferred, fallback, timeout).await?;
    configure(&stream)?;
    Ok(stream)
}

/// The addresses of the first one's family, in order, and the others.
fn by_family(addresses: Vec<SocketAddr>) -> (Vec<SocketAddr>, Vec<SocketAddr>) {
    let Some(first) = addresses.first() else {
        return (Vec::new(), Vec::new());
    };
    let ipv6 = first.is_ipv6();
    addresses
        .into_iter()
        .partition(|address| address.is_ipv6() == ipv6)
}

/// Tries `preferred`; if no connection is up after [`FALLBACK_DELAY`], tries `fallback`
/// beside it. The first connection wins; the error is the preferred family's if both fail.
pub(crate) async fn race(
    preferred: Vec<SocketAddr>,
    fallback: Vec<SocketAddr>,
    timeout: Duration,
) -> io::Result<TcpStream> {
    if preferred.is_empty() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            "the host name resolved to no address",
        ));
    }
    if fallback.is_empty() {
        return one_by_one(preferred, timeout).await;
    }
    let mut first: Pin<Box<dyn Future<Output = io::Result<TcpStream>> + Send>> =
        Box::pin(one_by_one(preferred, timeout));
    let mut delay = Box::pin(tokio::time::sleep(FALLBACK_DELAY));
    let mut second: Option<Pin<Box<dyn Future<Output = io::Result<TcpStream>> + Send>>> = None;
    let mut first_failed: Option<io::Error> = None;
    let mut second_failed: Option<io::Error> = None;
    let mut fallback = Some(fallback);
    poll_fn(|cx| {
        if first_failed.is_none() {
            match first.as_mut().poll(cx) {
                Poll::Ready(Ok(stream)) => return Poll::Ready(Ok(stream)),
                Poll::Ready(Err(error)) => first_failed = Some(error),
                Poll::Pending => {}
            }
        }
        if second.is_none() && (first_failed.is_some() || delay.as_mut().poll(cx).is_ready()) {
            if let Some(fallback) = fallback.take() {
                second = Some(Box::pin(one_by_one(fallback, timeout)));
            }
        }
        if let (Some(future), None) = (second.as_mut(), second_failed.as_ref()) {
            match future.as_mut().poll(cx) {
                Poll::Ready(Ok(stream)) => return Poll::Ready(Ok(stream)),
                Poll::Ready(Err(error)) => second_failed = Some(error),
                Poll::Pending => {}
            }
        }
        match (first_failed.take(), second_failed.is_some()) {
            (Some(error), true) => Poll::Ready(Err(error)),
            (failed, _) => {
                first_failed = failed;
                Poll::Pending
            }
        }
    })
    .await
}

/// Tries `addresses` in order, each within its share of `timeout`; the last error if none
/// connects.
async fn one_by_one(addresses: Vec<SocketAddr>, timeout: Duration) -> io::Result<TcpStream> {
    let count = u32::try_from(addresses.len()).unwrap_or(u32::MAX).max(1);
    let share = timeout / count;
    let mut last = None;
    for address in addresses {
        match tokio::time::timeout(share, TcpStream::connect(address)).await {
            Ok(Ok(stream)) => return Ok(stream),
            Ok(Err(error)) => last = Some(error),
            Err(_) => {
                last = Some(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("no TCP connection within {share:?}"),
                ));
            }
        }
    }
    Err(last.unwrap_or_else(|| io::Error::from(io::ErrorKind::NotFound)))
}

/// `TCP_NODELAY` (requests are written whole) and keep-alive probes every 15 s, three
/// unanswered ones ending the connection (where the platform lets them be set).
fn configure(stream: &TcpStream) -> io::Result<()> {
    stream.set_nodelay(true)?;
    let keepalive = socket2::TcpKeepalive::new().with_time(KEEPALIVE);
    #[cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "netbsd",
        windows
    ))]
    let keepalive = keepalive.with_interval(KEEPALIVE).with_retries(3);
    socket2::SockRef::from(stream).set_tcp_keepalive(&keepalive)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A loopback address whose accept queue is full: the kernel drops further SYNs, so
    /// connecting to it hangs (nothing leaves the machine). Keep the streams and the listener
    /// for as long as it is needed.
    pub(crate) async fn unanswered() -> (SocketAddr, Vec<TcpStream>, tokio::net::TcpListener) {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        let address = socket.local_addr().unwrap();
        let listener = socket.listen(1).unwrap();
        let mut held = Vec::new();
        while let Ok(Ok(stream)) =
            tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(address)).await
        {
            held.push(stream);
            assert!(held.len() < 64, "the accept queue never filled");
        }
        (address, held, listener)
    }

    #[tokio::test]
    async fn the_fallback_family_is_tried_while_the_first_hangs() {
        let (hanging, _held, _queue) = unanswered().await;
        let good = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let stream = race(
            vec![hanging],
            vec![good.local_addr().unwrap()],
            Duration::from_secs(30),
        )
        .await
        .unwrap();
        assert_eq!(stream.peer_addr().unwrap(), good.local_addr().unwrap());
    }

    #[tokio::test]
    async fn addresses_of_one_family_are_tried_in_turn() {
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let refused = closed.local_addr().unwrap();
        drop(closed);
        let good = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let stream = race(
            vec![refused, good.local_addr().unwrap()],
            Vec::new(),
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        assert_eq!(stream.peer_addr().unwrap(), good.local_addr().unwrap());

        // Both refused: the preferred family's error.
        let error = race(vec![refused], vec![refused], Duration::from_secs(5))
            .await
            .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::ConnectionRefused);
    }

    #[tokio::test]
    async fn each_address_gets_its_share_of_the_timeout() {
        let (hanging, _held, _queue) = unanswered().await;
        let error = race(
            vec![hanging, hanging],
            Vec::new(),
            Duration::from_millis(200),
        )
        .await
        .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        assert_eq!(error.to_string(), "no TCP connection within 100ms");
    }

    #[tokio::test]
    async fn literal_addresses_and_names_are_dialled_with_the_socket_options() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        for host in ["127.0.0.1", "localhost"] {
            let stream = dial(host, port, Duration::from_secs(5)).await.unwrap();
            assert!(stream.nodelay().unwrap());
            assert!(socket2::SockRef::from(&stream).keepalive().unwrap());
        }
        let error = race(Vec::new(), Vec::new(), Duration::from_secs(1))
            .await
            .unwrap_err();
        assert_eq!(error.to_string(), "the host name resolved to no address");
    }
}
