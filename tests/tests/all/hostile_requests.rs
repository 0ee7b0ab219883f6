//! Awkward strings in every encoding: values with `&`, `=`, `+`, spaces, percent signs,
//! control characters, non-ASCII letters and emoji travel from the SDK to the emulator, which
//! verifies each request's signature and sees exactly the original values (checked in its
//! journal) — for TC3 POST JSON, TC3 GET, v1 POST forms (HmacSHA256, HmacSHA1) and v1 GET.

use ecm_emulator::Outcome;
use ecm_sdk::actions::{
    DescribeInstancesFilter, DescribeInstancesRequest, ModifyModuleNameRequest,
};
use ecm_tests::wire::{ALL, client, start_emulator};
use serde_json::json;

/// Values that break naive encoders: separators of the query and form syntax, what a form
/// decoder turns into a space, what looks like an escape, whitespace at either end, and
/// characters outside ASCII and outside the basic multilingual plane.
const AWKWARD: [&str; 16] = [
    "a&b=c",
    "1+1=2",
    "two  inner  spaces",
    "  padded  ",
    "%20 is not a space",
    "%zz%",
    "*~'()!$,;:@/?#[]",
    "Grüße, 中文, Ελληνικά",
    "emoji 🚀🎉👩‍👩‍👧",
    "tab\tand\nnewline\r\n",
    "quote\" backslash\\ slash/",
    "=",
    "&",
    "+",
    "",
    "&Action=DeleteModule&Version=2017-03-12",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn awkward_values_arrive_exactly_in_every_encoding() {
    for wire in ALL {
        let emulator = start_emulator().await;
        let client = client(&emulator, wire);

        // A list of values inside a list of structures.
        let filters = [DescribeInstancesFilter::instance_name(AWKWARD)];
        client
            .describe_instances(DescribeInstancesRequest::new().filters(filters))
            .await
            .unwrap_or_else(|error| panic!("{}: {error}", wire.name));
        // Each value alone, as a top-level parameter.
        for value in AWKWARD {
            client
                .modify_module_name(
                    ModifyModuleNameRequest::new()
                        .module_id("esm-ü&=+ 🚀")
                        .module_name(value),
                )
                .await
                .unwrap_or_else(|error| panic!("{}: {value:?}: {error}", wire.name));
        }

        let journal = emulator.journal();
        assert_eq!(journal.len(), 1 + AWKWARD.len(), "{}", wire.name);
        let mut expected = vec![json!({
            "Filters": [{ "Name": "instance-name", "Values": AWKWARD }]
        })];
        expected.extend(
            AWKWARD
                .iter()
                .map(|value| json!({ "ModuleId": "esm-ü&=+ 🚀", "ModuleName": value })),
        );
        for (entry, expected) in journal.iter().zip(&expected) {
            let context = format!("{}: {:?}", wire.name, entry.action);
            assert_eq!(entry.outcome, Outcome::Answered, "{context}");
            assert_eq!(entry.encoding, wire.encoding, "{context}");
            assert_eq!(
                entry.signature_method,
                Some(wire.signature),
                "{context}: the signature was verified with the expected method"
            );
            assert_eq!(entry.method, wire.http_method, "{context}");
            assert_eq!(&entry.params, expected, "{context}");
        }
        emulator.shutdown().await;
    }
}
