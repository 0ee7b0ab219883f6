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

    /// The block of the single address `ip` (`/32`).
    pub(crate) fn host(ip: Ipv4Addr) -> Block {
        Block {
            network: u32::from(ip),
            prefix: 32,
        }
    }

    /// The block's addresses but the last (the broadcast address), in order.
    pub(crate) fn hosts(self) -> impl Iterator<Item = Ipv4Addr> {
        let size = 1u64 << (32 - u32::from(self.prefix));
        let last = u64::from(self.network) + size.saturating_sub(2);
        (u64::from(self.network)..=last)
            .filter_map(|n| u32::try_from(n).ok())
            .map(Ipv4Addr::from)
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
        let small = Block::parse("10.0.0.0/30").unwrap();
        let hosts: Vec<String> = small.hosts().map(|ip| ip.to_string()).collect();
        assert_eq!(hosts, ["10.0.0.0", "10.0.0.1", "10.0.0.2"]);
        assert!(small.contains(Block::host("10.0.0.3".parse().unwrap())));
        assert!(!small.contains(Block::host("10.0.0.4".parse().unwrap())));
    }
}
