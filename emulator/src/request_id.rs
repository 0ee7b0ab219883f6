//! Fresh `RequestId`s: random, shaped like a version-4 UUID, as the real service returns them.

/// Returns a new request id such as `8c6e3b1a-5f0d-4c1e-9a2b-7d4e5f6a7b8c`.
pub(crate) fn new_request_id() -> String {
    let mut bits = fastrand::u128(..);
    // Version 4 and the RFC 4122 variant, so the id is a well-formed UUID.
    bits = (bits & !(0xf << 76)) | (0x4 << 76);
    bits = (bits & !(0x3 << 62)) | (0x2 << 62);
    let bytes = bits.to_be_bytes();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push(HEX[usize::from(byte >> 4)] as char);
        text.push(HEX[usize::from(byte & 0xf)] as char);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuid_shaped_and_fresh() {
        let first = new_request_id();
        let second = new_request_id();
        assert_ne!(first, second);
        for id in [&first, &second] {
            let groups: Vec<&str> = id.split('-').collect();
            assert_eq!(
                groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12],
                "{id}"
            );
            assert!(id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
            assert_eq!(&groups[2][..1], "4", "version nibble of {id}");
            assert!("89ab".contains(&groups[3][..1]), "variant nibble of {id}");
        }
    }
}
