//! Reading a response body into memory, refusing more than a cap: by `Content-Length` before
//! reading, then by counting while the body arrives.

use bytes::{Bytes, BytesMut};

use super::TransportError;

/// The most a response buffer is allocated with before its bytes arrive.
const INITIAL_BUFFER_BYTES: usize = 64 * 1024;

/// The buffer to start with for a body of `declared` bytes. `Content-Length` is the
/// server's claim, not a promise: a server that declares 10 MiB and sends nothing must not
/// cost 10 MiB per request, so the buffer starts at most [`INITIAL_BUFFER_BYTES`] and grows
/// with what actually arrives.
fn initial_capacity(declared: Option<u64>) -> usize {
    declared.map_or(8 * 1024, |length| {
        usize::try_from(length).map_or(INITIAL_BUFFER_BYTES, |length| {
            length.min(INITIAL_BUFFER_BYTES)
        })
    })
}

/// A response body being read, at most `limit` bytes of it.
#[derive(Debug)]
pub(crate) struct CappedBody {
    limit: usize,
    declared: Option<u64>,
    /// The whole body when it arrived in one chunk of the declared length (no copy).
    whole: Option<Bytes>,
    buffer: BytesMut,
}

impl CappedBody {
    /// Starts reading a body whose `Content-Length` is `declared`; refuses it at once if
    /// that is more than `limit`.
    pub(crate) fn new(declared: Option<u64>, limit: usize) -> Result<Self, TransportError> {
        if declared.is_some_and(|length| length > limit as u64) {
            return Err(TransportError::body_too_large(limit));
        }
        Ok(CappedBody {
            limit,
            declared,
            whole: None,
            buffer: BytesMut::new(),
        })
    }

    fn len(&self) -> usize {
        self.whole.as_ref().map_or(0, Bytes::len) + self.buffer.len()
    }

    /// Adds the next chunk, or refuses it if the body would exceed the cap.
    pub(crate) fn push(&mut self, chunk: Bytes) -> Result<(), TransportError> {
        if chunk.len() > self.limit - self.len() {
            return Err(TransportError::body_too_large(self.limit));
        }
        if self.len() == 0 && self.declared == Some(chunk.len() as u64) {
            self.whole = Some(chunk);
            return Ok(());
        }
        if self.buffer.capacity() == 0 {
            self.buffer.reserve(initial_capacity(self.declared));
        }
        if let Some(whole) = self.whole.take() {
            self.buffer.extend_from_slice(&whole);
        }
        self.buffer.extend_from_slice(&chunk);
        Ok(())
    }

    /// The body read so far, complete.
    pub(crate) fn finish(self) -> Bytes {
        match self.whole {
            Some(whole) => whole,
            None => self.buffer.freeze(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::TransportErrorKind;

    #[test]
    fn the_buffer_does_not_trust_content_length() {
        assert_eq!(
            initial_capacity(Some(10 * 1024 * 1024)),
            INITIAL_BUFFER_BYTES
        );
        assert_eq!(initial_capacity(Some(u64::MAX)), INITIAL_BUFFER_BYTES);
        assert_eq!(initial_capacity(Some(300)), 300);
        assert_eq!(initial_capacity(None), 8 * 1024);
    }

    #[test]
    fn a_declared_length_above_the_cap_is_refused_before_reading() {
        let error = CappedBody::new(Some(11), 10).unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::BodyTooLarge);
        assert!(error.to_string().contains("10 bytes"), "{error}");
        assert!(CappedBody::new(Some(10), 10).is_ok());
    }

    #[test]
    fn an_undeclared_body_is_counted_while_it_arrives() {
        let mut body = CappedBody::new(None, 10).unwrap();
        body.push(Bytes::from_static(b"12345")).unwrap();
        body.push(Bytes::from_static(b"67890")).unwrap();
        let error = body.push(Bytes::from_static(b"!")).unwrap_err();
        assert_eq!(error.kind(), TransportErrorKind::BodyTooLarge);

        let mut body = CappedBody::new(None, 10).unwrap();
        body.push(Bytes::from_static(b"12345")).unwrap();
        body.push(Bytes::from_static(b"678")).unwrap();
        assert_eq!(body.finish(), Bytes::from_static(b"12345678"));
    }

    #[test]
    fn a_body_in_one_chunk_of_its_declared_length_is_not_copied() {
        let chunk = Bytes::from(vec![7u8; 100]);
        let mut body = CappedBody::new(Some(100), 1000).unwrap();
        body.push(chunk.clone()).unwrap();
        let read = body.finish();
        assert_eq!(read.as_ptr(), chunk.as_ptr());

        // A server sending more than it declared is still capped and kept whole.
        let mut body = CappedBody::new(Some(3), 5).unwrap();
        body.push(Bytes::from_static(b"abc")).unwrap();
        body.push(Bytes::from_static(b"de")).unwrap();
        assert!(body.push(Bytes::from_static(b"f")).is_err());
        let mut body = CappedBody::new(Some(3), 5).unwrap();
        body.push(Bytes::from_static(b"abc")).unwrap();
        body.push(Bytes::from_static(b"de")).unwrap();
        assert_eq!(body.finish(), Bytes::from_static(b"abcde"));
    }
}
