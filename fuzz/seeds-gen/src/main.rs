//! Writes the seed corpora of the fuzz targets into `fuzz/seeds/<target>/` from real inputs:
//! the documented example outputs and inputs (`spec/ecm.json`), slices of the documentation,
//! the overrides, and requests signed by the signer. Deterministic: running it twice writes
//! the same files. `fuzz/run.sh` runs it; the output is committed (a modest ~0.5 MB).
//!
//! The byte layouts match the targets' documentation in `fuzz/fuzz_targets/`.

use std::fs;
use std::path::{Path, PathBuf};

use ecm_spec::Spec;
use serde_json::Value;
use tencentcloud_signer::{
    Credentials, SignatureMethod, Tc3Params, Tc3Request, V1Params, V1Request, sign_tc3, sign_v1,
};

const SIGNER_SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const SIGNER_SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const EMULATOR_SECRET_ID: &str = "AKIDECMEMULATOR0000000000000000000";
const EMULATOR_SECRET_KEY: &str = "ecm-emulator-secret-key-0000000000";
const NOW: u64 = 1_700_000_000;
/// Values every encoding must carry unchanged.
const AWKWARD: &str = "a&b=c+d e%20f/ü中文🚀*~'";

/// The actions of `fuzz_targets/response_decoder.rs`, by their selector byte: the actions
/// sorted by wire name (the SDK's registry order) without those with a required input, then
/// `call_raw` of `DescribeInstances`.
fn decoder_actions(spec: &Spec) -> Vec<&ecm_spec::Action> {
    let mut actions: Vec<&ecm_spec::Action> = spec
        .actions
        .iter()
        .filter(|action| {
            action
                .inputs
                .iter()
                .all(|input| input.required != Some(true))
        })
        .collect();
    actions.sort_by(|a, b| a.name.cmp(&b.name));
    let raw = spec
        .actions
        .iter()
        .find(|a| a.name == "DescribeInstances")
        .expect("DescribeInstances");
    actions.push(raw);
    actions
}

struct Corpus {
    dir: PathBuf,
    count: usize,
}

impl Corpus {
    fn new(root: &Path, target: &str) -> Corpus {
        let dir = root.join(target);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create the seed directory");
        Corpus { dir, count: 0 }
    }

    fn add(&mut self, name: &str, bytes: &[u8]) {
        self.count += 1;
        let file: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        fs::write(self.dir.join(format!("{:03}-{file}", self.count)), bytes).expect("write seed");
    }
}

fn with_prefix(prefix: &[u8], rest: &[u8]) -> Vec<u8> {
    let mut out = prefix.to_vec();
    out.extend_from_slice(rest);
    out
}

fn main() {
    let fuzz_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let repo = fuzz_dir.join("..");
    let spec = Spec::from_json(
        &fs::read_to_string(repo.join("spec/ecm.json")).expect("read spec/ecm.json"),
    )
    .expect("parse spec/ecm.json");
    let docs = fs::read_to_string(repo.join("spec/docs/ecm-api-docs.txt")).expect("read docs");
    let overrides = fs::read_to_string(repo.join("spec/overrides.json")).expect("read overrides");
    let seeds = fuzz_dir.join("seeds");

    response_decoder(&seeds, &spec);
    extractor(&seeds, &docs, &overrides);
    signer_verify(&seeds);
    emulator_request(&seeds, &spec);
}

fn response_decoder(seeds: &Path, spec: &Spec) {
    let mut corpus = Corpus::new(seeds, "response_decoder");
    for (selector, action) in decoder_actions(spec).into_iter().enumerate() {
        let name = &action.name;
        let selector = u8::try_from(selector).expect("at most 256 selectors");
        for example in &action.examples {
            let body = serde_json::json!({ "Response": example.output }).to_string();
            corpus.add(
                &format!("ok-{name}-{selector}"),
                &with_prefix(&[0, selector], body.as_bytes()),
            );
        }
    }
    let error = r#"{"Response":{"Error":{"Code":"InvalidParameter.Malformed","Message":"bad"},"RequestId":"r-1"}}"#;
    corpus.add("service-error", &with_prefix(&[0, 0], error.as_bytes()));
    corpus.add("service-error-500", &with_prefix(&[5, 7], error.as_bytes()));
    let html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>\r\n";
    corpus.add("html-502", &with_prefix(&[6, 0], html.as_bytes()));
    corpus.add(
        "truncated",
        &with_prefix(
            &[0, 0],
            br#"{"Response":{"TotalCount":3,"InstanceSet":[{"Insta"#,
        ),
    );
    corpus.add(
        "big-numbers-and-nulls",
        &with_prefix(
            &[0, 7],
            br#"{"Response":{"TotalCount":18446744073709551616,"NodeSet":null,"RequestId":"r"}}"#,
        ),
    );
}

fn extractor(seeds: &Path, docs: &str, overrides: &str) {
    let mut corpus = Corpus::new(seeds, "extractor");
    let lines: Vec<&str> = docs.split_inclusive('\n').collect();
    // (first line, last line), 1-based: a slice of each chapter (see spec/docs/NOTES.md).
    for (name, first, last) in [
        ("history", 1, 120),
        ("categories", 565, 700),
        ("common-params", 1180, 1300),
        ("signature-v1", 3268, 3400),
        ("first-action", 4360, 4600),
        ("data-types", 31354, 31560),
        ("error-codes", 34166, 34320),
    ] {
        let text = lines[first - 1..last.min(lines.len())].concat();
        corpus.add(&format!("text-{name}"), &with_prefix(&[0], text.as_bytes()));
    }
    // Splices at chapter markers of the real docs: delete a little, insert a little.
    for (index, marker) in [
        "1. API Description",
        "Input Parameters",
        "Output Parameters",
        "Used by actions:",
        "Common Error Codes",
        "Release 4",
    ]
    .iter()
    .enumerate()
    {
        let offset = docs.find(marker).expect("marker in the docs") as u32;
        let mut seed = vec![1];
        seed.extend_from_slice(&offset.to_le_bytes());
        seed.extend_from_slice(&(index as u16 * 7).to_le_bytes());
        seed.extend_from_slice(b"\n");
        corpus.add(&format!("splice-{marker}"), &seed);
    }
    // Line moves: a table row, a page-header block, an example block.
    for (first, count, to) in [(4420u32, 3u16, 4440u32), (37, 3, 5000), (4433, 20, 31400)] {
        let mut seed = vec![2];
        seed.extend_from_slice(&first.to_le_bytes());
        seed.extend_from_slice(&count.to_le_bytes());
        seed.extend_from_slice(&to.to_le_bytes());
        corpus.add(&format!("move-{first}-{count}-{to}"), &seed);
    }
    corpus.add("overrides", &with_prefix(&[3], overrides.as_bytes()));
    corpus.add("overrides-empty", b"\x03[]");
}

fn signer_verify(seeds: &Path) {
    let mut corpus = Corpus::new(seeds, "signer_verify");
    let credentials = Credentials::new(SIGNER_SECRET_ID, SIGNER_SECRET_KEY);
    const SEP: u8 = 0xFF;
    let join = |mode: u8, fields: &[&[u8]]| {
        let mut out = vec![mode];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(SEP);
            }
            out.extend_from_slice(field);
        }
        out
    };

    // TC3 as received: a POST JSON and a GET signed by the signer.
    let body = br#"{"Limit":1,"Filters":[{"Name":"zone","Values":["a&b=c"]}]}"#;
    let request = Tc3Request::post_json("ecm.tencentcloudapi.com", body);
    let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", NOW);
    let signed = sign_tc3(&request, &params, &credentials).expect("sign");
    corpus.add(
        "tc3-post",
        &join(
            0,
            &[
                b"POST",
                b"/",
                b"",
                signed.authorization().as_bytes(),
                signed.timestamp().as_bytes(),
                b"application/json",
                b"",
                body,
            ],
        ),
    );
    let query = tencentcloud_signer::encode_query(&[("Limit", "20"), ("Zone", AWKWARD)]);
    let request = Tc3Request::get("ecm.tencentcloudapi.com", &query);
    let signed = sign_tc3(&request, &params, &credentials).expect("sign");
    corpus.add(
        "tc3-get",
        &join(
            0,
            &[
                b"GET",
                b"/",
                query.as_bytes(),
                signed.authorization().as_bytes(),
                signed.timestamp().as_bytes(),
                b"application/x-www-form-urlencoded",
                b"",
                b"",
            ],
        ),
    );

    // v1 as received: GET and POST, HmacSHA1 and HmacSHA256.
    let params = [("Zone", AWKWARD), ("InstanceIds.0", "ins-09dx96dg")];
    for (method, signature_method) in [
        ("GET", SignatureMethod::HmacSha1),
        ("POST", SignatureMethod::HmacSha256),
    ] {
        let request = if method == "GET" {
            V1Request::get("ecm.tencentcloudapi.com", &params)
        } else {
            V1Request::post_form("ecm.tencentcloudapi.com", &params)
        };
        let common = V1Params::new("DescribeNode", "2019-07-19", NOW, 11886)
            .with_signature_method(signature_method);
        let signed = sign_v1(&request, &common, &credentials).expect("sign");
        corpus.add(
            &format!("v1-{method}"),
            &join(
                1,
                &[
                    method.as_bytes(),
                    b"ecm.tencentcloudapi.com",
                    b"/",
                    signed.encoded_params().as_bytes(),
                ],
            ),
        );
    }

    // Round trips.
    corpus.add(
        "tc3-round-trip-post",
        &join(
            2,
            &[
                &[0b1110, b'a'],
                b"application/json; charset=utf-8",
                b"/",
                b"",
                b"en-US",
                b"ap-guangzhou",
                b"token",
                AWKWARD.as_bytes(),
            ],
        ),
    );
    corpus.add(
        "tc3-round-trip-get",
        &join(
            2,
            &[
                &[0b0001, b'a'],
                b"application/x-www-form-urlencoded",
                b"/path",
                b"Limit=1&Zone=a%26b%3Dc",
                b"",
                b"",
                b"",
                b"",
            ],
        ),
    );
    let form = format!(
        "Zone={}&Filters.0.Name=x",
        form_urlencoded::byte_serialize(AWKWARD.as_bytes()).collect::<String>()
    );
    for flags in 0..4u8 {
        corpus.add(
            &format!("v1-round-trip-{flags}"),
            &with_prefix(&[3, flags], form.as_bytes()),
        );
    }
}

/// `Name.0.Field=value` pairs of a JSON object, as the SDK flattens GET and v1 requests.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    let key = |name: &str| {
        if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}.{name}")
        }
    };
    match value {
        Value::Object(members) => {
            for (name, member) in members {
                flatten(&key(name), member, out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                flatten(&key(&index.to_string()), item, out);
            }
        }
        Value::Null => {}
        Value::String(text) => out.push((prefix.to_owned(), text.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

fn emulator_request(seeds: &Path, spec: &Spec) {
    let mut corpus = Corpus::new(seeds, "emulator_request");
    for (index, action) in spec.actions.iter().enumerate() {
        let Some(example) = action.examples.first() else {
            continue;
        };
        let selector = index as u8;
        let body = example.input.to_string();
        corpus.add(
            &format!("json-{}", action.name),
            &with_prefix(&[0, selector], body.as_bytes()),
        );
        // One in four actions also as flattened query, form and TC3 GET parameters.
        if index % 4 == 0 {
            let mut pairs = Vec::new();
            flatten("", &example.input, &mut pairs);
            let encoded = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&pairs)
                .finish();
            corpus.add(
                &format!("query-{}", action.name),
                &with_prefix(&[1, selector], encoded.as_bytes()),
            );
            corpus.add(
                &format!("form-{}", action.name),
                &with_prefix(&[2, selector], encoded.as_bytes()),
            );
            corpus.add(
                &format!("tc3-get-{}", action.name),
                &with_prefix(&[3, selector], encoded.as_bytes()),
            );
        }
    }

    // Raw requests signed for the verifying harness (its clock is pinned to NOW).
    let credentials = Credentials::new(EMULATOR_SECRET_ID, EMULATOR_SECRET_KEY);
    let body = format!(r#"{{"Filters":[{{"Name":"instance-name","Values":["{AWKWARD}"]}}]}}"#);
    let request = Tc3Request::post_json("127.0.0.1", body.as_bytes());
    let params = Tc3Params::new("ecm", "DescribeInstances", "2019-07-19", NOW);
    let signed = sign_tc3(&request, &params, &credentials).expect("sign");
    let mut raw = String::from("POST /\nHost: 127.0.0.1\nContent-Type: application/json\n");
    for (name, value) in signed.headers() {
        raw.push_str(&format!("{name}: {value}\n"));
    }
    raw.push('\n');
    raw.push_str(&body);
    corpus.add("raw-tc3-post", &with_prefix(&[4, 0], raw.as_bytes()));

    let params = [
        ("Filters.0.Name", "instance-name"),
        ("Filters.0.Values.0", AWKWARD),
    ];
    let request = V1Request::get("127.0.0.1", &params);
    let common = V1Params::new("DescribeInstances", "2019-07-19", NOW, 7)
        .with_signature_method(SignatureMethod::HmacSha256);
    let signed = sign_v1(&request, &common, &credentials).expect("sign");
    let raw = format!("GET /?{}\nHost: 127.0.0.1\n\n", signed.encoded_params());
    corpus.add("raw-v1-get", &with_prefix(&[4, 0], raw.as_bytes()));
}
