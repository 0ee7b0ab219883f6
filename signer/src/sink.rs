//! Byte sinks the signed texts are written into: hash and HMAC states on the
//! signing path, a `Vec` for the diagnostic string accessors. Writing through
//! one generic writer keeps the two byte-for-byte identical.

use crate::crypto::{HmacSha1, HmacSha256, Sha256};

/// Something the canonical texts can be written into.
pub(crate) trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Sha256 {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for HmacSha256 {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for HmacSha1 {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.update(bytes);
    }
}

impl Sink for Vec<u8> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Collects many small writes on the stack and passes them on in as few
/// calls as possible: the canonical request and the string to sign (each
/// under 256 bytes for typical requests) then reach the hash in one update
/// instead of about twenty.
pub(crate) struct Coalesce<'s, S: Sink> {
    inner: &'s mut S,
    buf: [u8; 256],
    len: usize,
}

impl<'s, S: Sink> Coalesce<'s, S> {
    pub(crate) fn new(inner: &'s mut S) -> Self {
        Self {
            inner,
            buf: [0; 256],
            len: 0,
        }
    }

    /// Writes out what is buffered.
    pub(crate) fn finish(mut self) {
        self.flush();
    }

    #[inline]
    fn flush(&mut self) {
        if self.len > 0 {
            self.inner.put(&self.buf[..self.len]);
            self.len = 0;
        }
    }
}

impl<S: Sink> Sink for Coalesce<'_, S> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() > self.buf.len() {
            self.flush();
            if bytes.len() > self.buf.len() {
                self.inner.put(bytes);
                return;
            }
        }
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coalesce_preserves_bytes_and_order() {
        let mut out = Vec::new();
        let mut sink = Coalesce::new(&mut out);
        let big = vec![b'x'; 300];
        sink.put(b"ab");
        sink.put(&[b'c'; 250]);
        sink.put(&big);
        sink.put(b"");
        sink.put(b"de");
        sink.finish();
        let mut expected = b"ab".to_vec();
        expected.extend_from_slice(&[b'c'; 250]);
        expected.extend_from_slice(&big);
        expected.extend_from_slice(b"de");
        assert_eq!(out, expected);
    }
}
