//! IPv4 CIDR blocks: parsing, containment, overlap.

use std::net::Ipv4Addr;

/// An IPv4 block: network address and prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Block {
    network: u32,
    prefix: u8,
}

impl Block {
    /// Parses `a.b.c.d/n`; the address must be the block's network address.
    pub(crate) fn parse(text: &str) -> Option<Block> {
        let (address, prefix) = text.split_once('/')?;
        let address: Ipv4Addr = address.parse().ok()?;
        let prefix: u8 = prefix.parse().ok()?;
        if prefix > 32 {
            return None;
        }
        let block = Block {
            network: u32::from(address),
            prefix,
        };
        (block.network & block.mask() == block.network).then_some(block)
    }

    /// The addresses a subnet hands out, in order: all but the network address, the gateway
    /// (the next one) and the broadcast address (the last).
    pub(crate) fn hosts(self) -> impl Iterator<Item = Ipv4Addr> {
        let size = 1u64 << (32 - u32::from(self.prefix));
        let first = u64::from(self.network) + 2;
        let last = u64::from(self.network) + size.saturating_sub(2);
        (first..=last)
            .filter_map(|n| u32::try_from(n).ok())
            .map(Ipv4Addr::from)
    }

    /// Whether `ip` is one of [`hosts`](Block::hosts).
    pub(crate) fn hands_out(self, ip: Ipv4Addr) -> bool {
        let n = u64::from(u32::from(ip));
        let size = 1u64 << (32 - u32::from(self.prefix));
        let network = u64::from(self.network);
        n >= network + 2 && n + 2 <= network + size
    }

    fn mask(self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - u32::from(self.prefix))
        }
    }

    /// Whether `inner` lies within this block.
    pub(crate) fn contains(self, inner: Block) -> bool {
        inner.prefix >= self.prefix && inner.network & self.mask() == self.network
    }

    /// Whether the two blocks share an address.
    pub(crate) fn overlaps(self, other: Block) -> bool {
        self.contains(other) || other.contains(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_parse_contain_and_overlap() {
        let vpc = Block::parse("10.0.0.0/16").unwrap();
        let a = Block::parse("10.0.1.0/24").unwrap();
        let b = Block::parse("10.0.1.128/25").unwrap();
        let c = Block::parse("10.0.2.0/24").unwrap();
        assert!(vpc.contains(a) && vpc.contains(c) && !a.contains(vpc));
        assert!(a.overlaps(b) && b.overlaps(a) && !a.overlaps(c));
        assert!(!Block::parse("10.1.0.0/24").is_some_and(|x| vpc.contains(x)));
        assert_eq!(Block::parse("10.0.1.1/24"), None);
        assert_eq!(Block::parse("10.0.0.0/33"), None);
        assert_eq!(Block::parse("10.0.0/16"), None);
        assert_eq!(Block::parse("nonsense"), None);
        let small = Block::parse("10.0.0.0/29").unwrap();
        let hosts: Vec<String> = small.hosts().map(|ip| ip.to_string()).collect();
        assert_eq!(
            hosts,
            ["10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]
        );
        for (ip, handed_out) in [
            ("10.0.0.0", false),
            ("10.0.0.1", false),
            ("10.0.0.2", true),
            ("10.0.0.6", true),
            ("10.0.0.7", false),
            ("10.0.0.8", false),
            ("9.255.255.255", false),
        ] {
            assert_eq!(small.hands_out(ip.parse().unwrap()), handed_out, "{ip}");
        }
    }
}
