//! The worked examples of the signature chapters, checked against the values the docs print and
//! by recomputing them (spec/docs/NOTES.md, §5: they reproduce with the masked credentials used literally).

use crate::extract_support::spec;
use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

fn hmac_sha256(key: &[u8], data: &str) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

#[test]
fn tc3_example_is_extracted_as_printed() {
    let tc3 = &spec().signature_examples.tc3;
    // Lines 1499-1526 and 1609-1741.
    assert_eq!(tc3.secret_id, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******");
    assert_eq!(tc3.secret_key, "Gu5t9xGARNpq86cd98joQYCN3*******");
    assert_eq!(
        (tc3.method.as_str(), tc3.host.as_str(), tc3.service.as_str()),
        ("POST", "cvm.tencentcloudapi.com", "cvm")
    );
    assert_eq!(tc3.content_type, "application/json; charset=utf-8");
    assert_eq!(
        (
            tc3.action.as_str(),
            tc3.version.as_str(),
            tc3.region.as_str()
        ),
        ("DescribeInstances", "2017-03-12", "ap-guangzhou")
    );
    assert_eq!(
        tc3.payload,
        r#"{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}"#
    );
    assert_eq!(
        (tc3.timestamp, tc3.date.as_str()),
        (1551113065, "2019-02-25")
    );
    assert_eq!(
        tc3.hashed_request_payload,
        "99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907"
    );
    assert_eq!(
        tc3.hashed_canonical_request,
        "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a"
    );
    assert_eq!(
        tc3.signature,
        "c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff"
    );
    assert_eq!(
        tc3.authorization,
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, \
         SignedHeaders=content-type;host, Signature=c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff"
    );
    // The display (1609-1619) lost the empty query-string line and the blank line after the
    // headers; the stored request follows the algorithm.
    assert_eq!(
        tc3.canonical_request,
        "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n\
         content-type;host\n99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907"
    );
}

#[test]
fn tc3_example_reproduces_every_printed_hash_and_the_signature() {
    let tc3 = &spec().signature_examples.tc3;
    assert_eq!(
        hex::encode(Sha256::digest(tc3.payload.as_bytes())),
        tc3.hashed_request_payload
    );
    assert_eq!(
        hex::encode(Sha256::digest(tc3.canonical_request.as_bytes())),
        tc3.hashed_canonical_request
    );
    let scope = format!("{}/{}/tc3_request", tc3.date, tc3.service);
    assert_eq!(
        tc3.string_to_sign,
        format!(
            "TC3-HMAC-SHA256\n{}\n{scope}\n{}",
            tc3.timestamp, tc3.hashed_canonical_request
        )
    );
    let secret_date = hmac_sha256(format!("TC3{}", tc3.secret_key).as_bytes(), &tc3.date);
    let secret_service = hmac_sha256(&secret_date, &tc3.service);
    let secret_signing = hmac_sha256(&secret_service, "tc3_request");
    let signature = hex::encode(hmac_sha256(&secret_signing, &tc3.string_to_sign));
    assert_eq!(signature, tc3.signature);
    assert_eq!(
        tc3.authorization,
        format!(
            "TC3-HMAC-SHA256 Credential={}/{scope}, SignedHeaders=content-type;host, Signature={signature}",
            tc3.secret_id
        )
    );
}

#[test]
fn v1_example_is_extracted_and_reproduces() {
    let v1 = &spec().signature_examples.v1;
    // Lines 3300-3302, 3352-3372, 3414-3418, 3442, 3452.
    assert_eq!(v1.secret_id, "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******");
    assert_eq!(v1.secret_key, "Gu5t9xGARNpq86cd98joQYCN3*******");
    assert_eq!(
        (v1.method.as_str(), v1.host.as_str(), v1.path.as_str()),
        ("GET", "cvm.tencentcloudapi.com", "/")
    );
    let params: Vec<(&str, &str)> = v1
        .params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        params,
        [
            ("Action", "DescribeInstances"),
            ("InstanceIds.0", "ins-09dx96dg"),
            ("Limit", "20"),
            ("Nonce", "11886"),
            ("Offset", "0"),
            ("Region", "ap-guangzhou"),
            ("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"),
            ("Timestamp", "1465185768"),
            ("Version", "2017-03-12"),
        ]
    );
    let query: Vec<String> = v1.params.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        v1.source_string,
        format!("{}{}{}?{}", v1.method, v1.host, v1.path, query.join("&"))
    );
    assert_eq!(v1.signature, "zmmjn35mikh6pM3V7sUEuX4wyYM=");
    assert_eq!(v1.signature_url_encoded, "zmmjn35mikh6pM3V7sUEuX4wyYM%3D");

    let mut mac =
        Hmac::<sha1::Sha1>::new_from_slice(v1.secret_key.as_bytes()).expect("any key length");
    mac.update(v1.source_string.as_bytes());
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    assert_eq!(signature, v1.signature);
    assert_eq!(signature.replace('=', "%3D"), v1.signature_url_encoded);
}
