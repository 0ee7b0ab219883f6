//! The README's main command, `cargo run -p ecm-sdk --example quickstart`: its tour (the
//! example's own source, compiled in here) runs against the emulator and prints readable,
//! aligned tables and the two typed errors, within a bounded time.

use std::time::Duration;

use ecm_emulator::Outcome;

// The example's `main` is not called here; its tour is.
#[allow(dead_code)]
#[path = "../../ecm-sdk/examples/quickstart.rs"]
mod quickstart;

/// The lines of the table titled `title`: its header and rows.
fn table<'a>(text: &'a str, title: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|line| !line.starts_with(title))
        .skip(1)
        .take_while(|line| line.starts_with("  ") && !line.trim().is_empty())
        .collect()
}

/// Character offsets where the header's columns start (after two or more spaces).
fn column_starts(header: &str) -> Vec<usize> {
    let chars: Vec<char> = header.chars().collect();
    let mut starts = vec![2];
    for i in 3..chars.len() {
        if chars[i] != ' ' && chars[i - 1] == ' ' && chars[i - 2] == ' ' {
            starts.push(i);
        }
    }
    starts
}

#[tokio::test]
async fn the_quickstart_tour_runs_against_the_emulator() {
    let (emulator, client) = quickstart::start_emulator().await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(
        Duration::from_secs(30),
        quickstart::tour(&client, Some(&emulator), &mut out),
    )
    .await
    .expect("the tour ends within 30 s")
    .unwrap();
    let text = String::from_utf8(out).unwrap();

    // The three lists, as tables with aligned columns and a few key fields.
    for (title, header, columns, rows) in [
        ("Nodes (2 of 2)", "ZONE", 4, 2),
        ("Modules (10 of 17)", "MODULE", 5, 10),
        ("Instances (3 of 3)", "INSTANCE", 6, 3),
    ] {
        let lines = table(&text, title);
        assert_eq!(lines.len(), 1 + rows, "{title}:\n{text}");
        assert!(lines[0].trim_start().starts_with(header), "{text}");
        let starts = column_starts(lines[0]);
        assert_eq!(starts.len(), columns, "{title}: {:?}", lines[0]);
        for line in &lines[1..] {
            let chars: Vec<char> = line.chars().collect();
            for &start in &starts {
                assert!(
                    chars[start - 1] == ' ' && chars.get(start).is_some_and(|c| *c != ' '),
                    "{title}: a cell of {line:?} does not start at column {start}:\n{text}"
                );
            }
        }
    }
    for documented in [
        "ap-hangzhou-ecm-1",
        "Shenzhen Zone 5 (China Telecom)",
        "CMCC, CUCC, CTCC",
        "ein-bb0ab3pc",
        "118.126.126.23",
        "10.11.12.17",
        "RUNNING",
    ] {
        assert!(text.contains(documented), "{documented} missing:\n{text}");
    }

    // The typed errors: the missing parameter, and the service's code with its request id.
    assert!(
        text.contains("refused before sending")
            && text.contains("missing required parameter `InstanceId`"),
        "{text}"
    );
    assert!(
        text.contains("ResourceNotFound (ResourceNotFound(General))"),
        "{text}"
    );
    let journal = emulator.journal();
    let actions: Vec<&str> = journal.iter().filter_map(|e| e.action.as_deref()).collect();
    assert_eq!(
        actions,
        [
            "DescribeNode",
            "DescribeModule",
            "DescribeInstances",
            "DescribeInstanceVncUrl"
        ],
        "the refused request never reached the emulator"
    );
    let last = journal.last().unwrap();
    assert_eq!(
        last.outcome,
        Outcome::Error {
            code: "ResourceNotFound".to_owned()
        }
    );
    assert_eq!(last.params["InstanceId"], "ein-00000000");
    assert!(
        text.contains(&format!("request id     {}", last.request_id)),
        "{text}"
    );
}
