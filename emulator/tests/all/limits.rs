//! Per-connection resource bounds: slow clients are disconnected, the connection limit holds.

use std::time::Duration;

use crate::common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Reads until the server closes the connection; what was read, or `None` if it stayed open
/// for `patience`.
async fn read_until_closed(stream: &mut TcpStream, patience: Duration) -> Option<Vec<u8>> {
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    tokio::time::timeout(patience, async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await
    .ok()?;
    Some(received)
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let emulator = start_with(config().header_read_timeout(Duration::from_millis(200))).await;
    let mut stream = TcpStream::connect(emulator.address()).await.unwrap();
    stream
        .write_all(b"POST / HTTP/1.1\r\nHost: slow\r\n")
        .await
        .unwrap();
    let received = read_until_closed(&mut stream, Duration::from_secs(10)).await;
    assert!(received.is_some(), "the connection is closed");
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let emulator = start_with(config().header_read_timeout(Duration::from_millis(200))).await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let mut stream = TcpStream::connect(emulator.address()).await.unwrap();
    stream.write_all(&request.to_bytes()).await.unwrap();
    let received = read_until_closed(&mut stream, Duration::from_secs(10))
        .await
        .expect("closed after the idle limit");
    let text = String::from_utf8_lossy(&received);
    assert!(
        text.starts_with("HTTP/1.1 200 OK"),
        "answered first: {text}"
    );
}

#[tokio::test]
async fn a_client_that_never_finishes_its_body_is_disconnected() {
    let emulator = start_with(config().body_read_timeout(Duration::from_millis(200))).await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let mut head = request.head_lines();
    head.push_str("Content-Length: 100\r\n\r\n{\"Filt");
    let mut stream = TcpStream::connect(emulator.address()).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let received = read_until_closed(&mut stream, Duration::from_secs(10))
        .await
        .expect("the connection is dropped");
    assert!(
        received.is_empty(),
        "{}",
        String::from_utf8_lossy(&received)
    );
    let entry = emulator.journal().pop().expect("journaled");
    assert_eq!(entry.outcome, ecm_emulator::Outcome::Failed);
}

#[tokio::test]
async fn connections_beyond_the_limit_wait_for_a_free_slot() {
    let emulator = start_with(config().max_connections(1)).await;
    let request = Call::new(&emulator, "DescribeNode").tc3_json("{}");
    let first = TcpStream::connect(emulator.address()).await.unwrap();
    // Make sure the first connection holds the only slot before the second arrives.
    let mut probe = first;
    probe.write_all(&request.to_bytes()).await.unwrap();
    let mut buffer = [0u8; 4096];
    let n = probe.read(&mut buffer).await.unwrap();
    assert!(n > 0);

    let mut second = TcpStream::connect(emulator.address()).await.unwrap();
    second
        .write_all(&request.clone().header("Connection", "close").to_bytes())
        .await
        .unwrap();
    let waiting = tokio::time::timeout(Duration::from_millis(300), second.read(&mut buffer)).await;
    assert!(waiting.is_err(), "the second connection is not served yet");

    drop(probe);
    let received = read_until_closed(&mut second, Duration::from_secs(10))
        .await
        .expect("served once the slot is free");
    assert!(String::from_utf8_lossy(&received).starts_with("HTTP/1.1 200 OK"));
}
