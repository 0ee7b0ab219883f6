//! The state file: every account's resources as JSON, written atomically (a temporary file
//! in the same directory, then a rename), read back at start with clear errors.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::store::Store;

/// Identifies the file's format; the version changes when the layout does.
const FORMAT: &str = "ecm-emulator-state";
const VERSION: u64 = 1;

/// The file's content for these accounts.
pub(crate) fn encode(accounts: &[(String, Store)], names: &[&str]) -> Vec<u8> {
    let mut by_account = Map::new();
    for (account, store) in accounts {
        by_account.insert(account.clone(), store.to_json(names));
    }
    let document = json!({
        "Format": FORMAT,
        "Version": VERSION,
        "Accounts": by_account,
    });
    serde_json::to_vec_pretty(&document).expect("JSON values serialise")
}

/// The accounts a state file holds; an error names what is wrong with it.
pub(crate) fn decode(bytes: &[u8], names: &[&str]) -> Result<HashMap<String, Store>, String> {
    let document: Value =
        serde_json::from_slice(bytes).map_err(|error| format!("it is not valid JSON: {error}"))?;
    if document.get("Format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(format!(
            "it is not an ecm-emulator state file (`Format` is not `{FORMAT}`)"
        ));
    }
    match document.get("Version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        other => {
            return Err(format!(
                "it has format version {}, this emulator reads version {VERSION}",
                other.map_or("(none)".to_owned(), |v| v.to_string())
            ));
        }
    }
    let accounts = document
        .get("Accounts")
        .and_then(Value::as_object)
        .ok_or("`Accounts` is missing")?;
    accounts
        .iter()
        .map(|(account, store)| {
            Store::from_json(store, names)
                .map(|store| (account.clone(), store))
                .map_err(|error| format!("account `{account}`: {error}"))
        })
        .collect()
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never a
/// partial one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or("state".into(), |n| n.to_string_lossy().into_owned());
    let temporary = directory.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_files_are_explained() {
        let names = ["vpc"];
        assert!(
            decode(b"{not json", &names)
                .unwrap_err()
                .contains("not valid JSON")
        );
        assert!(
            decode(b"{}", &names)
                .unwrap_err()
                .contains("not an ecm-emulator state file")
        );
        let future = br#"{"Format": "ecm-emulator-state", "Version": 99, "Accounts": {}}"#;
        assert!(decode(future, &names).unwrap_err().contains("version 99"));
        let unknown = br#"{"Format": "ecm-emulator-state", "Version": 1,
            "Accounts": {"a": {"NextSeq": 0, "Kinds": {"dragon": []}}}}"#;
        assert!(
            decode(unknown, &names)
                .unwrap_err()
                .contains("unknown resource kind `dragon`")
        );
    }

    #[test]
    fn stores_round_trip() {
        let names = ["vpc"];
        let bytes = br#"{"Format": "ecm-emulator-state", "Version": 1,
            "Accounts": {"a": {"NextSeq": 1, "Kinds": {"vpc": [
                {"Id": "vpc-1", "Seq": 0, "Item": {"VpcId": "vpc-1"}, "Pending": null}]}}}}"#;
        let accounts = decode(bytes, &names).unwrap();
        let again = encode(&[("a".to_owned(), accounts["a"].clone())], &names);
        let reread = decode(&again, &names).unwrap();
        assert_eq!(reread["a"].kinds[0][0].id, "vpc-1");
        assert_eq!(reread["a"].next_seq, 1);
    }
}
