//! The keep-alive pool of the [`HyperTransport`](super::HyperTransport): idle HTTP/1.1
//! connections by scheme and authority, reused most recently used first.
//!
//! A connection is put back only after its response body was read to the end, so an idle
//! connection is always between two messages. It is dropped when it has been idle longer
//! than the idle timeout (checked whenever the pool is used, so a pool that is not used keeps
//! its sockets until the server closes them), when its host already has the most idle
//! connections allowed, or when it turns out closed.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use http::Uri;
use http_body_util::Full;
use hyper::client::conn::http1::SendRequest;
use tokio::time::Instant;

/// Where a connection leads: scheme and authority of the endpoint (the proxy, if any,
/// follows from them).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    https: bool,
    authority: String,
}

impl Key {
    pub(crate) fn of(uri: &Uri) -> Key {
        Key {
            https: uri.scheme() == Some(&http::uri::Scheme::HTTPS),
            authority: uri
                .authority()
                .map(|authority| authority.as_str().to_owned())
                .unwrap_or_default(),
        }
    }
}

/// An HTTP/1.1 connection: the handle to send on (its I/O runs as a task of its own).
pub(crate) struct Connection {
    pub(crate) sender: SendRequest<Full<Bytes>>,
    /// Whether requests go to an HTTP proxy, in absolute form.
    pub(crate) proxied: bool,
}

struct Idle {
    connection: Connection,
    since: Instant,
}

/// Idle connections by destination.
pub(crate) struct Pool {
    idle: Mutex<HashMap<Key, Vec<Idle>>>,
    idle_timeout: Duration,
    max_idle_per_host: usize,
}

impl Pool {
    pub(crate) fn new(idle_timeout: Duration, max_idle_per_host: usize) -> Self {
        Pool {
            idle: Mutex::new(HashMap::new()),
            idle_timeout,
            max_idle_per_host,
        }
    }

    /// An idle connection to `key` that can take a request now, if there is one.
    pub(crate) async fn checkout(&self, key: &Key) -> Option<Connection> {
        loop {
            let Idle { mut connection, .. } = self.take(key)?;
            // Between two messages the connection is ready as soon as its task has seen the
            // last one end; a connection the server closed fails here.
            if connection.sender.ready().await.is_ok() {
                return Some(connection);
            }
        }
    }

    /// The most recently used idle connection to `key` that is neither expired nor closed.
    fn take(&self, key: &Key) -> Option<Idle> {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let list = idle.get_mut(key)?;
        let now = Instant::now();
        list.retain(|entry| {
            !entry.connection.sender.is_closed() && now - entry.since < self.idle_timeout
        });
        let entry = list.pop();
        if list.is_empty() {
            idle.remove(key);
        }
        entry
    }

    /// Puts `connection` back after a response was read to its end.
    pub(crate) fn checkin(&self, key: Key, connection: Connection) {
        if connection.sender.is_closed() {
            return;
        }
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = Instant::now();
        // Expired connections of every host go, so that idle hosts do not keep sockets.
        idle.retain(|_, list| {
            list.retain(|entry| now - entry.since < self.idle_timeout);
            !list.is_empty()
        });
        let list = idle.entry(key).or_default();
        if list.len() < self.max_idle_per_host {
            list.push(Idle {
                connection,
                since: now,
            });
        }
    }

    /// How many idle connections the pool holds (for tests).
    #[cfg(test)]
    pub(crate) fn idle_count(&self) -> usize {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        idle.values().map(Vec::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::io::HyperIo;

    /// A connection over an in-memory pipe; the other end is returned to keep it open.
    async fn open() -> (Connection, tokio::io::DuplexStream) {
        let (client, server) = tokio::io::duplex(1024);
        let (sender, io) = hyper::client::conn::http1::handshake(HyperIo::new(client))
            .await
            .unwrap();
        tokio::spawn(async move {
            let _ = io.await;
        });
        (
            Connection {
                sender,
                proxied: false,
            },
            server,
        )
    }

    fn key(authority: &str) -> Key {
        Key::of(&format!("https://{authority}/").parse().unwrap())
    }

    #[tokio::test]
    async fn idle_connections_are_reused_per_destination_up_to_the_limit() {
        let pool = Pool::new(Duration::from_secs(30), 2);
        let mut ends = Vec::new();
        for _ in 0..3 {
            let (connection, end) = open().await;
            ends.push(end);
            pool.checkin(key("a.example"), connection);
        }
        assert_eq!(pool.idle_count(), 2, "at most two kept per host");
        assert!(pool.checkout(&key("b.example")).await.is_none());
        assert!(pool.checkout(&key("a.example")).await.is_some());
        assert!(pool.checkout(&key("a.example")).await.is_some());
        assert!(pool.checkout(&key("a.example")).await.is_none());
        assert_ne!(key("a.example"), key("a.example:8443"));
    }

    #[tokio::test]
    async fn expired_and_closed_connections_are_not_handed_out() {
        let pool = Pool::new(Duration::ZERO, 4);
        let (connection, _end) = open().await;
        pool.checkin(key("a.example"), connection);
        assert!(pool.checkout(&key("a.example")).await.is_none(), "expired");

        let pool = Pool::new(Duration::from_secs(30), 4);
        let (connection, end) = open().await;
        pool.checkin(key("a.example"), connection);
        // The server goes away: the connection's task ends and the handle sees it closed.
        drop(end);
        assert!(pool.checkout(&key("a.example")).await.is_none(), "closed");
        assert_eq!(pool.idle_count(), 0);
    }
}
