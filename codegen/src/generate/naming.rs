//! The one naming rule: wire names → Rust names.
//!
//! A wire name is split into words at case changes; a run of capitals is one word (an acronym),
//! whose last capital starts the next word when a lowercase letter follows (`ISPSet` → `ISP`,
//! `Set`); a `v` followed by a digit stays with the acronym before it (`IPv6` is one word).
//! Digits stay with the word they follow (`Ipv6Address` → `Ipv6`, `Address`).
//!
//! - Fields and methods: the words in lowercase joined by `_` (`ZoneInstanceCountISPSet` →
//!   `zone_instance_count_isp_set`, `VPCId` → `vpc_id`, `AddressIPv6` → `address_ipv6`).
//!   A Rust keyword becomes a raw identifier (`type` → `r#type`).
//! - Types and enum variants: each word capitalised, the rest lowercase (`ZoneInstanceCountISP`
//!   → `ZoneInstanceCountIsp`, `PrivateIPAddressInfo` → `PrivateIpAddressInfo`, `ISP` → `Isp`).

use proc_macro2::{Ident, Span};

/// Splits a wire name into words (see the module documentation).
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = part.chars().collect();
        let mut current = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if i > 0 && !current.is_empty() && starts_word(&chars, i) {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
        if !current.is_empty() {
            words.push(current);
        }
    }
    words
}

fn starts_word(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let prev = chars[i - 1];
    if !c.is_ascii_uppercase() {
        return false;
    }
    if prev.is_ascii_lowercase() || prev.is_ascii_digit() {
        return true;
    }
    // `prev` is a capital: `c` starts a new word only if it begins a capitalised word
    // (`ISPSet`: the `S` of `Set`), not when a version suffix follows (`IPv6`).
    match (chars.get(i + 1), chars.get(i + 2)) {
        (Some('v'), Some(d)) if d.is_ascii_digit() => false,
        (Some(next), _) => next.is_ascii_lowercase(),
        (None, _) => false,
    }
}

/// The snake_case spelling of a wire name, e.g. `zone_instance_count_isp_set`.
pub(crate) fn snake_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// The UpperCamelCase spelling of a wire name, e.g. `ZoneInstanceCountIsp`.
pub(crate) fn upper_camel_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect()
}

/// Keywords that can be used as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore.
const NON_RAW_KEYWORDS: &[&str] = &["crate", "self", "super", "Self", "_"];

/// Whether `name` is a valid identifier once keywords are handled.
pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The identifier for a snake_case or UpperCamelCase name, escaping keywords.
pub(crate) fn ident(name: &str) -> Ident {
    if RAW_KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else if NON_RAW_KEYWORDS.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The name of a category module: `Route Table APIs` → `route_table`.
pub(crate) fn category_module(category: &str) -> String {
    let trimmed = category.trim();
    let trimmed = trimmed
        .strip_suffix(" APIs")
        .or_else(|| trimmed.strip_suffix(" API"))
        .unwrap_or(trimmed);
    snake_case(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_one_word() {
        assert_eq!(
            snake_case("ZoneInstanceCountISPSet"),
            "zone_instance_count_isp_set"
        );
        assert_eq!(snake_case("VPCId"), "vpc_id");
        assert_eq!(snake_case("ISPId"), "isp_id");
        assert_eq!(snake_case("AddressIPVersion"), "address_ip_version");
        assert_eq!(snake_case("InstanceId"), "instance_id");
        assert_eq!(snake_case("Type"), "type");
        assert_eq!(snake_case("PrivateIPAddressSet"), "private_ip_address_set");
    }

    #[test]
    fn versions_stay_with_their_acronym() {
        assert_eq!(snake_case("IPv6"), "ipv6");
        assert_eq!(snake_case("AddressIPv6"), "address_ipv6");
        assert_eq!(snake_case("Ipv6AddressCount"), "ipv6_address_count");
        assert_eq!(snake_case("Ipv6ISP"), "ipv6_isp");
        assert_eq!(
            snake_case("PublicIPv6AddressInfo"),
            "public_ipv6_address_info"
        );
        assert_eq!(snake_case("IPv6FullChain"), "ipv6_full_chain");
    }

    #[test]
    fn type_names_get_the_same_rule() {
        assert_eq!(
            upper_camel_case("ZoneInstanceCountISP"),
            "ZoneInstanceCountIsp"
        );
        assert_eq!(upper_camel_case("ISP"), "Isp");
        assert_eq!(
            upper_camel_case("PrivateIPAddressInfo"),
            "PrivateIpAddressInfo"
        );
        assert_eq!(
            upper_camel_case("RunEIPDirectServiceEnabled"),
            "RunEipDirectServiceEnabled"
        );
        assert_eq!(upper_camel_case("DescribeNode"), "DescribeNode");
        assert_eq!(upper_camel_case("MFAExpired"), "MfaExpired");
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(ident("type").to_string(), "r#type");
        assert_eq!(ident("match").to_string(), "r#match");
        assert_eq!(ident("self").to_string(), "self_");
        assert_eq!(ident("zone").to_string(), "zone");
    }

    #[test]
    fn categories_name_modules() {
        assert_eq!(category_module("Route Table APIs"), "route_table");
        assert_eq!(category_module("CLB APIs"), "clb");
        assert_eq!(category_module("HAVIP APIs"), "havip");
    }
}
