//! The `e2e-raw` baseline: what a call costs with no SDK at all.
//!
//! The request the SDK would send (the typed fixture serialised to JSON, TC3-signed once at
//! start-up for the URL's host) is written as fixed bytes over one blocking
//! [`std::net::TcpStream`] kept alive, and each response is read by its `Content-Length` and
//! checked for `"TotalCount":2` — no runtime, no connection pool, no typed decoding, no
//! per-call signing. It stands for the "raw Rust std keep-alive loop" of the cross-SDK
//! harness, so that `e2e` and `e2e-raw` measured in the same run give the SDK's end-to-end
//! ratio to the floor.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

use crate::modes::{ACTION, REGION, RequestSigner, SERVICE, VERSION};
use tencentcloud_signer::{Tc3Params, Tc3Request, sign_tc3};

/// The most a response head may take (the emulator's are ~200 bytes).
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// The most a response body may take (the canned answer is ~1.2 KB).
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// One keep-alive connection sending the same signed request again and again.
#[derive(Debug)]
pub struct RawLoop {
    stream: TcpStream,
    request: Vec<u8>,
    buffer: Vec<u8>,
}

impl RawLoop {
    /// Connects to `address` and prepares the signed request bytes (signed at `timestamp`).
    pub fn connect(
        address: SocketAddr,
        signer: &RequestSigner,
        timestamp: u64,
    ) -> Result<Self, String> {
        let host = address.to_string();
        let body = signer.json_body()?;
        let params = Tc3Params::new(SERVICE, ACTION, VERSION, timestamp).with_region(REGION);
        let signed = sign_tc3(
            &Tc3Request::post_json(&host, &body),
            &params,
            signer.credentials(),
        )
        .map_err(|error| error.to_string())?;
        let mut request = format!(
            "POST / HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n\
             content-length: {}\r\nauthorization: {}\r\nx-tc-action: {ACTION}\r\n\
             x-tc-version: {VERSION}\r\nx-tc-timestamp: {timestamp}\r\nx-tc-region: {REGION}\r\n\r\n",
            body.len(),
            signed.authorization(),
        )
        .into_bytes();
        request.extend_from_slice(&body);
        let stream = TcpStream::connect(address)
            .map_err(|error| format!("cannot connect to {address}: {error}"))?;
        stream
            .set_nodelay(true)
            .map_err(|error| format!("cannot set TCP_NODELAY: {error}"))?;
        Ok(RawLoop {
            stream,
            request,
            buffer: Vec::with_capacity(8 * 1024),
        })
    }

    /// One call: write the request, read one whole response, check it.
    pub fn call(&mut self) -> Result<(), String> {
        self.stream
            .write_all(&self.request)
            .map_err(|error| format!("cannot send the request: {error}"))?;
        self.buffer.clear();
        let head_end = loop {
            if let Some(at) = find(&self.buffer, b"\r\n\r\n") {
                break at + 4;
            }
            if self.buffer.len() > MAX_HEAD_BYTES {
                return Err("the response head is too large".to_owned());
            }
            self.read_more()?;
        };
        let head = std::str::from_utf8(&self.buffer[..head_end])
            .map_err(|_| "the response head is not UTF-8".to_owned())?;
        if !head.starts_with("HTTP/1.1 200") {
            let status = head.lines().next().unwrap_or_default();
            return Err(format!("the server answered `{status}`"));
        }
        let length = content_length(head)?;
        if length > MAX_BODY_BYTES {
            return Err(format!("the response body of {length} bytes is too large"));
        }
        while self.buffer.len() < head_end + length {
            self.read_more()?;
        }
        if self.buffer.len() > head_end + length {
            return Err("the server sent more than one response".to_owned());
        }
        if find(&self.buffer[head_end..], b"\"TotalCount\":2").is_none() {
            let body = String::from_utf8_lossy(&self.buffer[head_end..]);
            let snippet: String = body.chars().take(200).collect();
            return Err(format!("the answer is not the two-node example: {snippet}"));
        }
        Ok(())
    }

    fn read_more(&mut self) -> Result<(), String> {
        let mut chunk = [0u8; 8 * 1024];
        let read = self
            .stream
            .read(&mut chunk)
            .map_err(|error| format!("cannot read the response: {error}"))?;
        if read == 0 {
            return Err("the server closed the connection".to_owned());
        }
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(())
    }
}

/// The `Content-Length` of a response head (names compared case-insensitively).
fn content_length(head: &str) -> Result<usize, String> {
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .ok_or_else(|| "the response has no Content-Length".to_owned())?
        .1
        .trim()
        .parse()
        .map_err(|_| "the response's Content-Length is not a number".to_owned())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_length_is_found_in_any_case_and_checked() {
        assert_eq!(
            content_length("HTTP/1.1 200 OK\r\nContent-Type: x\r\nCONTENT-LENGTH: 12\r\n\r\n"),
            Ok(12)
        );
        assert!(content_length("HTTP/1.1 200 OK\r\n\r\n").is_err());
        assert!(content_length("HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n").is_err());
    }
}
