//! The hosts that bypass the proxies: a `NO_PROXY` list.

use std::fmt;
use std::net::IpAddr;

/// The entries of a `NO_PROXY` list: domains (each with its subdomains), IP addresses and
/// networks, or `*` for every host. A host given as an IP address is matched against the
/// addresses and networks only, a host name against the domains only, so `localhost` does
/// not match `127.0.0.1`.
#[derive(Clone, Default)]
pub(super) struct NoProxy {
    everything: bool,
    networks: Vec<Network>,
    /// Lower or upper case as written, without a leading dot.
    domains: Vec<String>,
}

/// An IP network: `10.0.0.0/8`, or a single address (a prefix of all its bits).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Network {
    address: IpAddr,
    prefix: u32,
}

impl NoProxy {
    /// Reads a comma-separated list, after [`normalise`]. An entry that is neither `*`, an
    /// address nor a network (`10.0.0.0/8`, `fd00::/8`) is a domain name.
    pub(super) fn parse(list: &str) -> NoProxy {
        let mut no_proxy = NoProxy::default();
        for entry in normalise(list).split(',').filter(|entry| !entry.is_empty()) {
            if entry == "*" {
                no_proxy.everything = true;
            } else if let Some(network) = Network::parse(entry) {
                no_proxy.networks.push(network);
            } else {
                let domain = entry.strip_prefix('.').unwrap_or(entry);
                no_proxy.domains.push(domain.to_owned());
            }
        }
        no_proxy
    }

    /// Whether requests to `host` (as in a URI: an IPv6 address in brackets) bypass the
    /// proxy.
    pub(super) fn contains(&self, host: &str) -> bool {
        if self.everything {
            return true;
        }
        let unbracketed = host
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .unwrap_or(host);
        match unbracketed.parse::<IpAddr>() {
            Ok(address) => self
                .networks
                .iter()
                .any(|network| network.contains(address)),
            Err(_) => self.domains.iter().any(|domain| is_within(host, domain)),
        }
    }
}

/// Whether `host` is `domain` or one of its subdomains, ignoring ASCII case: `example.com`
/// takes `api.example.com`, not `notexample.com`.
fn is_within(host: &str, domain: &str) -> bool {
    let (host, domain) = (host.as_bytes(), domain.as_bytes());
    if host.eq_ignore_ascii_case(domain) {
        return true;
    }
    host.len() > domain.len()
        && host[host.len() - domain.len() - 1] == b'.'
        && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain)
}

impl Network {
    /// `address/prefix` or a bare address; `None` for anything else, including a prefix
    /// longer than the address.
    fn parse(entry: &str) -> Option<Network> {
        let (address, prefix) = match entry.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (entry, None),
        };
        let address: IpAddr = address.parse().ok()?;
        let bits = bits_of(address);
        let prefix = match prefix {
            None => bits,
            Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                digits.parse().ok().filter(|&prefix| prefix <= bits)?
            }
            Some(_) => return None,
        };
        Some(Network { address, prefix })
    }

    /// Whether the first `prefix` bits of `address` are the network's. An IPv4 address is
    /// never within an IPv6 network, nor the other way round.
    fn contains(&self, address: IpAddr) -> bool {
        let differing = match (self.address, address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                u128::from(u32::from(network) ^ u32::from(address))
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => u128::from(network) ^ u128::from(address),
            _ => return false,
        };
        // The bits after the prefix shifted out; a prefix of 0 shifts out all of them.
        differing
            .checked_shr(bits_of(address) - self.prefix)
            .unwrap_or(0)
            == 0
    }
}

fn bits_of(address: IpAddr) -> u32 {
    match address {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

/// Rewrites the `NO_PROXY` forms curl users write into the plain ones [`NoProxy::parse`]
/// reads: `*.` before a domain (`*.example.com`: the domain and its subdomains, as
/// `.example.com`), brackets around an IPv6 address (`[::1]`), a port after a host or address
/// (`127.0.0.1:8700`: the host, whatever the port) and a trailing dot (`example.com.`).
pub(super) fn normalise(list: &str) -> String {
    list.split(',')
        .map(|entry| {
            let entry = entry.trim();
            let entry = entry
                .strip_prefix("*.")
                .map_or(entry.to_owned(), |domain| format!(".{domain}"));
            let entry = match entry.strip_prefix('[') {
                // `[::1]`, `[::1]:8700` (the port goes) or `[2001:db8::]/32` (the prefix stays)
                Some(rest) => match rest.split_once(']') {
                    Some((address, prefix)) if prefix.starts_with('/') => {
                        format!("{address}{prefix}")
                    }
                    Some((address, _)) => address.to_owned(),
                    None => rest.to_owned(),
                },
                // `host:port` (one colon: an IPv6 address has several)
                None if entry.matches(':').count() == 1 => {
                    entry.split(':').next().unwrap_or(&entry).to_owned()
                }
                None => entry,
            };
            entry.strip_suffix('.').map_or(entry.clone(), str::to_owned)
        })
        .collect::<Vec<_>>()
        .join(",")
}

impl fmt::Debug for NoProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        if self.everything {
            list.entry(&"*");
        }
        for network in &self.networks {
            list.entry(&format!("{}/{}", network.address, network.prefix));
        }
        for domain in &self.domains {
            list.entry(domain);
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bypasses(list: &str, host: &str) -> bool {
        NoProxy::parse(list).contains(host)
    }

    #[test]
    fn a_domain_takes_itself_and_its_subdomains_in_any_case() {
        for entry in [
            "example.com",
            ".example.com",
            "*.example.com",
            "EXAMPLE.com.",
        ] {
            for host in ["example.com", "api.example.com", "a.b.Example.COM"] {
                assert!(bypasses(entry, host), "{entry} should take {host}");
            }
            for host in [
                "notexample.com",
                "example.com.evil",
                "example.org",
                "com",
                "xample.com",
            ] {
                assert!(!bypasses(entry, host), "{entry} should not take {host}");
            }
        }
        assert!(
            bypasses(" a.test , b.test ", "x.b.test"),
            "spaces around entries"
        );
        assert!(!bypasses("", "example.com"));
        assert!(!bypasses(",,", "example.com"));
    }

    #[test]
    fn names_match_names_and_addresses_match_addresses() {
        assert!(!bypasses("localhost", "127.0.0.1"));
        assert!(!bypasses("127.0.0.1", "localhost"));
        assert!(bypasses("localhost", "localhost"));
        // An address is not a domain: `0.1` is no suffix of `10.0.0.1` here.
        assert!(!bypasses("0.1", "10.0.0.1"));
    }

    #[test]
    fn addresses_match_exactly_bracketed_or_not_and_with_a_port_in_the_list() {
        for entry in ["10.1.2.3", "10.1.2.3:8443"] {
            assert!(bypasses(entry, "10.1.2.3"), "{entry}");
            assert!(!bypasses(entry, "10.1.2.4"), "{entry}");
        }
        for entry in ["::1", "[::1]", "[::1]:8700", "0:0:0:0:0:0:0:1"] {
            assert!(bypasses(entry, "[::1]"), "{entry}");
            assert!(bypasses(entry, "::1"), "{entry}");
            assert!(!bypasses(entry, "[::2]"), "{entry}");
        }
        // Neither family matches the other, even where the bits agree.
        assert!(!bypasses("::ffff:10.0.0.1", "10.0.0.1"));
        assert!(!bypasses("10.0.0.1", "[::ffff:10.0.0.1]"));
    }

    #[test]
    fn ipv4_networks_match_their_prefix() {
        let list = "10.0.0.0/8, 192.168.1.0/24, 172.16.5.4/32";
        for inside in ["10.0.0.0", "10.255.255.255", "192.168.1.77", "172.16.5.4"] {
            assert!(bypasses(list, inside), "{inside}");
        }
        for outside in ["11.0.0.0", "9.255.255.255", "192.168.2.1", "172.16.5.5"] {
            assert!(!bypasses(list, outside), "{outside}");
        }
        // Host bits after the prefix do not matter.
        assert!(bypasses("10.42.1.1/24", "10.42.1.200"));
        assert!(!bypasses("10.42.1.1/24", "10.42.2.1"));
        // /0 is every IPv4 address, and no IPv6 one.
        assert!(bypasses("0.0.0.0/0", "255.255.255.255"));
        assert!(bypasses("0.0.0.0/0", "1.2.3.4"));
        assert!(!bypasses("0.0.0.0/0", "[::1]"));
        // A prefix not on a byte boundary: 100.64.0.0/10 is 100.64.0.0 to 100.127.255.255.
        assert!(bypasses("100.64.0.0/10", "100.127.255.255"));
        assert!(!bypasses("100.64.0.0/10", "100.128.0.0"));
        assert!(!bypasses("100.64.0.0/10", "100.63.255.255"));
    }

    #[test]
    fn ipv6_networks_match_their_prefix() {
        let list = "2001:db8::/32,fe80::/10";
        for inside in [
            "[2001:db8::1]",
            "[2001:db8:ffff::]",
            "[fe80::1]",
            "[febf::1]",
        ] {
            assert!(bypasses(list, inside), "{inside}");
        }
        for outside in ["[2001:db9::]", "[2001:db7:ffff::]", "[fec0::1]", "10.0.0.1"] {
            assert!(!bypasses(list, outside), "{outside}");
        }
        // /128 is one address, /0 every IPv6 address and no IPv4 one.
        assert!(bypasses("2001:db8::1/128", "[2001:db8::1]"));
        assert!(!bypasses("2001:db8::1/128", "[2001:db8::2]"));
        assert!(bypasses(
            "::/0",
            "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]"
        ));
        assert!(bypasses("::/0", "[::]"));
        assert!(!bypasses("::/0", "127.0.0.1"));
        // The last bit counts.
        assert!(!bypasses("2001:db8::/127", "[2001:db8::2]"));
        assert!(bypasses("2001:db8::/127", "[2001:db8::1]"));
        // In brackets, as URLs write IPv6 addresses, the prefix still applies.
        assert!(bypasses("[2001:db8::]/32", "[2001:db8:ffff::1]"));
        assert!(!bypasses("[2001:db8::]/32", "[2001:db9::1]"));
    }

    #[test]
    fn malformed_networks_match_no_address() {
        for entry in [
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/",
            "10.0.0.0/+8",
            "10.0.0/8",
            "10.0.0.0/x",
        ] {
            for host in ["10.0.0.1", "[::1]"] {
                assert!(!bypasses(entry, host), "{entry} {host}");
            }
        }
    }

    #[test]
    fn a_star_takes_every_host_names_and_addresses() {
        for host in ["example.com", "localhost", "10.1.2.3", "[::1]"] {
            assert!(bypasses("*", host), "{host}");
            assert!(bypasses("example.org, *", host), "{host}");
        }
        // Only alone: `*` inside an entry is no wildcard.
        assert!(!bypasses("a*b", "example.com"));
    }

    #[test]
    fn debug_lists_the_entries() {
        let printed = format!(
            "{:?}",
            NoProxy::parse("*.example.com,10.0.0.0/8,[::1]:8700,*")
        );
        assert_eq!(printed, r#"["*", "10.0.0.0/8", "::1/128", "example.com"]"#);
    }
}
