//! The official CLI's credentials file (`~/.tencentcloud/credentials`).

use std::io;
use std::path::{Path, PathBuf};

use super::{Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials};

const PROVIDER: &str = "profile";
const FILE_VARIABLE: &str = "TENCENTCLOUD_CREDENTIALS_FILE";
const DEFAULT_PROFILE: &str = "default";

/// Credentials from the INI file the official CLI writes:
///
/// ```ini
/// [default]
/// secret_id = AKID...
/// secret_key = ...
/// # optional, for temporary credentials
/// token = ...
/// ```
///
/// The file is `$TENCENTCLOUD_CREDENTIALS_FILE` if set, else
/// `~/.tencentcloud/credentials`. Absent when the default file does not exist; invalid
/// (and reported, with the line number where it applies) when the file cannot be read or
/// parsed, or lacks the profile or one of its keys, and when
/// `TENCENTCLOUD_CREDENTIALS_FILE` names a missing file.
#[derive(Debug, Clone)]
pub struct ProfileProvider {
    env: Env,
    profile: String,
    path: Option<PathBuf>,
}

impl Default for ProfileProvider {
    fn default() -> Self {
        ProfileProvider {
            env: Env::process(),
            profile: DEFAULT_PROFILE.to_owned(),
            path: None,
        }
    }
}

impl ProfileProvider {
    /// The `[default]` profile of the default file.
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves the file's location with `env` (its `TENCENTCLOUD_CREDENTIALS_FILE` and
    /// home directory) instead of the process environment.
    pub fn with_env(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Reads the profile `name` instead of `default`.
    pub fn with_profile(mut self, name: impl Into<String>) -> Self {
        self.profile = name.into();
        self
    }

    /// Reads this file, whatever the environment says.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The file to read, and whether its absence is an error (it was named explicitly).
    fn location(&self) -> Result<(PathBuf, bool), CredentialsError> {
        if let Some(path) = &self.path {
            return Ok((path.clone(), true));
        }
        if let Some(path) = self.env.non_empty_var(FILE_VARIABLE) {
            return Ok((PathBuf::from(path), true));
        }
        match self.env.home_dir() {
            Some(home) => Ok((home.join(".tencentcloud").join("credentials"), false)),
            None => Err(CredentialsError::not_found(
                PROVIDER,
                "no home directory (HOME is not set)",
            )),
        }
    }

    pub(crate) fn load(&self) -> Result<Credentials, CredentialsError> {
        let (path, explicit) = self.location()?;
        let text = match read_small_regular_file(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                CredentialsError::invalid(PROVIDER, format!("{} is not UTF-8", path.display()))
            })?,
            Err(Unreadable::Io(error)) if error.kind() == io::ErrorKind::NotFound && !explicit => {
                return Err(CredentialsError::not_found(
                    PROVIDER,
                    format!("{} does not exist", path.display()),
                ));
            }
            Err(error) => {
                return Err(CredentialsError::invalid(
                    PROVIDER,
                    format!(
                        "cannot read {}: {}",
                        describe(&path, explicit),
                        match &error {
                            Unreadable::Io(error) => error.kind().to_string(),
                            Unreadable::Refused(reason) => reason.clone(),
                        }
                    ),
                ));
            }
        };
        parse_profile(&text, &self.profile)
            .map_err(|message| {
                CredentialsError::invalid(PROVIDER, format!("{}: {message}", path.display()))
            })
            .map(|profile| {
                Credentials::build(
                    profile.secret_id,
                    profile.secret_key,
                    profile.token,
                    None,
                    PROVIDER,
                )
            })
    }
}

/// The largest credentials file read: the CLI writes a few hundred bytes.
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Reads `path` if it is a regular file of at most [`MAX_FILE_BYTES`]. The type is checked
/// before opening, so a FIFO (which would block the open) or a device such as `/dev/zero`
/// (endless) is refused without reading; the read itself is bounded too, in case the file
/// was swapped or grows meanwhile. The file is small and read once (the client caches the
/// credentials), so it is read synchronously.
fn read_small_regular_file(path: &Path) -> Result<Vec<u8>, Unreadable> {
    use std::io::Read;
    let check = |metadata: &std::fs::Metadata| {
        if metadata.is_dir() {
            Err(Unreadable::Refused("is a directory".to_owned()))
        } else if !metadata.is_file() {
            Err(Unreadable::Refused(
                "not a regular file (a FIFO, socket or device)".to_owned(),
            ))
        } else if metadata.len() > MAX_FILE_BYTES {
            Err(Unreadable::too_large())
        } else {
            Ok(())
        }
    };
    let metadata = std::fs::metadata(path).map_err(Unreadable::Io)?;
    check(&metadata)?;
    let file = std::fs::File::open(path).map_err(Unreadable::Io)?;
    check(&file.metadata().map_err(Unreadable::Io)?)?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Unreadable::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Unreadable::too_large());
    }
    Ok(bytes)
}

/// Why the file was not read.
enum Unreadable {
    Io(io::Error),
    Refused(String),
}

impl Unreadable {
    fn too_large() -> Self {
        Unreadable::Refused(format!("larger than {MAX_FILE_BYTES} bytes"))
    }
}

fn describe(path: &Path, explicit: bool) -> String {
    if explicit {
        format!(
            "{} (named by {FILE_VARIABLE} or the builder)",
            path.display()
        )
    } else {
        path.display().to_string()
    }
}

impl ProvideCredentials for ProfileProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        // The file is small and read once (the client caches the result).
        Box::pin(std::future::ready(self.load()))
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Profile {
    secret_id: String,
    secret_key: String,
    token: Option<String>,
}

/// Parses the INI text and extracts one profile. Errors name the line and never quote a
/// value (it may be a key).
fn parse_profile(text: &str, wanted: &str) -> Result<Profile, String> {
    let mut section: Option<&str> = None;
    let mut found = false;
    let (mut secret_id, mut secret_key, mut token) = (None, None, None);
    for (index, raw) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = raw.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest
                .strip_suffix(']')
                .ok_or_else(|| format!("line {line_number}: expected `[profile]`"))?
                .trim();
            section = Some(name);
            found |= name == wanted;
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {line_number}: expected `key = value` or `[profile]`"))?;
        let Some(current) = section else {
            return Err(format!(
                "line {line_number}: `key = value` before any `[profile]` header"
            ));
        };
        if current != wanted {
            continue;
        }
        let value = value.trim().to_owned();
        match key.trim() {
            "secret_id" => secret_id = Some(value),
            "secret_key" => secret_key = Some(value),
            "token" => token = Some(value).filter(|t| !t.is_empty()),
            _ => {}
        }
    }
    if !found {
        return Err(format!("no [{wanted}] profile"));
    }
    let required = |value: Option<String>, key: &str| {
        value
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("profile [{wanted}] has no `{key}`"))
    };
    Ok(Profile {
        secret_id: required(secret_id, "secret_id")?,
        secret_key: required(secret_key, "secret_key")?,
        token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_cli_format() {
        let text = "\u{feff}# written by tccli\n[other]\nsecret_id = X\n\n[default]\nsecret_id = AKIDp\nsecret_key=pkey \n; trailing\n";
        let profile = parse_profile(text, "default").unwrap();
        assert_eq!(
            profile,
            Profile {
                secret_id: "AKIDp".into(),
                secret_key: "pkey".into(),
                token: None
            }
        );
        let other = parse_profile("[a]\nsecret_id=1\nsecret_key=2\ntoken=3\n", "a").unwrap();
        assert_eq!(other.token.as_deref(), Some("3"));
    }

    #[test]
    fn reports_what_is_broken_without_quoting_values() {
        assert_eq!(
            parse_profile("[default]\nsecret_id AKIDx\n", "default").unwrap_err(),
            "line 2: expected `key = value` or `[profile]`"
        );
        assert_eq!(
            parse_profile("secret_id = s3cr3t\n", "default").unwrap_err(),
            "line 1: `key = value` before any `[profile]` header"
        );
        assert_eq!(
            parse_profile("[default\n", "default").unwrap_err(),
            "line 1: expected `[profile]`"
        );
        assert_eq!(
            parse_profile("[x]\nsecret_id=1\n", "default").unwrap_err(),
            "no [default] profile"
        );
        assert_eq!(
            parse_profile("[default]\nsecret_id=1\nsecret_key=\n", "default").unwrap_err(),
            "profile [default] has no `secret_key`"
        );
    }
}
