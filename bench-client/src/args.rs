//! The command line: `MODE URL COUNT [REPS]`.

use std::fmt;
use std::net::{IpAddr, SocketAddr};

/// What one operation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Serialise the request and compute its TC3 `Authorization`.
    Sign,
    /// Flatten the request and compute its v1 HmacSHA256 signature.
    SignV1,
    /// The full client call over a replay transport.
    NoIo,
    /// The full client call against the URL.
    E2e,
    /// The baseline: fixed signed request bytes over a blocking keep-alive socket.
    E2eRaw,
}

impl Mode {
    /// Parses a mode name as the contract spells it.
    pub fn parse(name: &str) -> Option<Mode> {
        match name {
            "sign" => Some(Mode::Sign),
            "sign-v1" => Some(Mode::SignV1),
            "noio" => Some(Mode::NoIo),
            "e2e" => Some(Mode::E2e),
            "e2e-raw" => Some(Mode::E2eRaw),
            _ => None,
        }
    }

    /// The contract's name of the mode.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Sign => "sign",
            Mode::SignV1 => "sign-v1",
            Mode::NoIo => "noio",
            Mode::E2e => "e2e",
            Mode::E2eRaw => "e2e-raw",
        }
    }
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// The operation.
    pub mode: Mode,
    /// The loopback address of `URL`.
    pub address: SocketAddr,
    /// Operations per repetition (≥ 1).
    pub count: u64,
    /// Recorded repetitions (≥ 1, default 3).
    pub reps: u32,
}

impl Invocation {
    /// The endpoint the client is configured with: plain HTTP to the address.
    pub fn endpoint(&self) -> String {
        format!("http://{}/", self.address)
    }
}

/// Why the command line was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgsError {
    /// A mode this client does not support (exit status 3).
    UnsupportedMode(String),
    /// A URL that is not a loopback IP address (exit status 2).
    NotLoopback(String),
    /// Anything else wrong with the arguments (exit status 2).
    Usage(String),
}

impl ArgsError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            ArgsError::UnsupportedMode(_) => 3,
            ArgsError::NotLoopback(_) | ArgsError::Usage(_) => 2,
        }
    }
}

impl fmt::Display for ArgsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgsError::UnsupportedMode(mode) => write!(
                f,
                "unsupported mode `{mode}` (supported: sign, sign-v1, noio, e2e, e2e-raw)"
            ),
            ArgsError::NotLoopback(url) => write!(
                f,
                "refusing `{url}`: only loopback IP addresses are accepted \
                 (http://127.0.0.1:PORT/, http://[::1]:PORT/)"
            ),
            ArgsError::Usage(message) => f.write_str(message),
        }
    }
}

/// The usage line.
pub const USAGE: &str = "usage: ecm-bench-client MODE URL COUNT [REPS]\n  \
    MODE: sign | sign-v1 | noio | e2e | e2e-raw; URL: http://127.0.0.1:PORT/ (loopback only); \
    COUNT: operations per repetition (>= 1); REPS: repetitions (>= 1, default 3)";

/// Parses the arguments after the program name. The mode is checked first, so an
/// unsupported mode is reported as such whatever follows it.
pub fn parse(arguments: &[String]) -> Result<Invocation, ArgsError> {
    let Some(mode_name) = arguments.first() else {
        return Err(ArgsError::Usage(USAGE.to_owned()));
    };
    let mode =
        Mode::parse(mode_name).ok_or_else(|| ArgsError::UnsupportedMode(mode_name.clone()))?;
    if !(3..=4).contains(&arguments.len()) {
        return Err(ArgsError::Usage(USAGE.to_owned()));
    }
    let address = parse_loopback_url(&arguments[1])?;
    let count = positive(&arguments[2], "COUNT")?;
    let reps = match arguments.get(3) {
        Some(text) => u32::try_from(positive(text, "REPS")?)
            .map_err(|_| ArgsError::Usage(format!("REPS `{text}` is too large")))?,
        None => 3,
    };
    Ok(Invocation {
        mode,
        address,
        count,
        reps,
    })
}

fn positive(text: &str, what: &str) -> Result<u64, ArgsError> {
    text.parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ArgsError::Usage(format!("{what} `{text}` is not a positive integer")))
}

/// Parses `http://IP[:PORT][/]` and accepts it only when `IP` is a loopback address.
/// Host names (even `localhost`) are refused: they would need a resolver, and could
/// resolve elsewhere.
pub fn parse_loopback_url(url: &str) -> Result<SocketAddr, ArgsError> {
    let rest = url.strip_prefix("http://").ok_or_else(|| {
        if url.starts_with("https://") {
            ArgsError::Usage(format!("URL `{url}`: the benchmark endpoint is plain HTTP"))
        } else {
            ArgsError::Usage(format!("URL `{url}` must start with http://"))
        }
    })?;
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains(['/', '?', '#', '@']) {
        return Err(ArgsError::Usage(format!(
            "URL `{url}` must be http://IP:PORT/ without path, query or user"
        )));
    }
    let address = match authority.parse::<SocketAddr>() {
        Ok(address) => address,
        Err(_) => {
            let bare = authority.trim_start_matches('[').trim_end_matches(']');
            match bare.parse::<IpAddr>() {
                Ok(ip) => SocketAddr::new(ip, 80),
                // A host name, or garbage: either way not a loopback address literal.
                Err(_) => return Err(ArgsError::NotLoopback(url.to_owned())),
            }
        }
    };
    if !address.ip().is_loopback() {
        return Err(ArgsError::NotLoopback(url.to_owned()));
    }
    Ok(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_the_contract_forms() {
        let parsed = parse(&args(&["e2e", "http://127.0.0.1:40123/", "2000"])).unwrap();
        assert_eq!(parsed.mode, Mode::E2e);
        assert_eq!(parsed.address, "127.0.0.1:40123".parse().unwrap());
        assert_eq!((parsed.count, parsed.reps), (2000, 3));
        assert_eq!(parsed.endpoint(), "http://127.0.0.1:40123/");
        let parsed = parse(&args(&["sign-v1", "http://[::1]:8/", "1", "5"])).unwrap();
        assert_eq!(parsed.mode, Mode::SignV1);
        assert_eq!((parsed.count, parsed.reps), (1, 5));
        assert_eq!(parsed.endpoint(), "http://[::1]:8/");
        let parsed = parse(&args(&["noio", "http://127.1.2.3", "7"])).unwrap();
        assert_eq!(parsed.address, "127.1.2.3:80".parse().unwrap());
    }

    #[test]
    fn an_unknown_mode_is_exit_3_before_anything_else() {
        for list in [
            &["sign-v2", "http://127.0.0.1:1/", "10"][..],
            &["E2E", "http://10.0.0.1:1/", "x"][..],
            &["bogus"][..],
        ] {
            let error = parse(&args(list)).unwrap_err();
            assert_eq!(error.exit_code(), 3, "{list:?}: {error}");
        }
    }

    #[test]
    fn refuses_non_loopback_urls() {
        for url in [
            "http://10.0.0.1:80/",
            "http://192.168.1.2:8080/",
            "http://0.0.0.0:8080/",
            "http://[2001:db8::1]:80/",
            "http://example.com:80/",
            "http://localhost:8080/",
        ] {
            let error = parse(&args(&["e2e", url, "10"])).unwrap_err();
            assert!(matches!(error, ArgsError::NotLoopback(_)), "{url}: {error}");
            assert_eq!(error.exit_code(), 2);
        }
    }

    #[test]
    fn refuses_malformed_arguments() {
        for list in [
            &[][..],
            &["e2e"][..],
            &["e2e", "http://127.0.0.1:1/"][..],
            &["e2e", "http://127.0.0.1:1/", "0"][..],
            &["e2e", "http://127.0.0.1:1/", "-5"][..],
            &["e2e", "http://127.0.0.1:1/", "10", "0"][..],
            &["e2e", "http://127.0.0.1:1/", "10", "3", "extra"][..],
            &["e2e", "https://127.0.0.1:1/", "10"][..],
            &["e2e", "127.0.0.1:1", "10"][..],
            &["e2e", "http://127.0.0.1:1/path", "10"][..],
            &["e2e", "http://user@127.0.0.1:1/", "10"][..],
        ] {
            let error = parse(&args(list)).unwrap_err();
            assert!(matches!(error, ArgsError::Usage(_)), "{list:?}: {error:?}");
            assert_eq!(error.exit_code(), 2);
        }
    }
}
