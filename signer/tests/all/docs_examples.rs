//! The worked examples of the two signature chapters of the docs
//! (`spec/docs/ecm-api-docs.txt`), reproduced value for value.
//!
//! Both examples print masked credentials (`AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******`,
//! `Gu5t9xGARNpq86cd98joQYCN3*******`). The printed signatures were computed
//! with exactly those strings, asterisks included (spec/docs/NOTES.md, §5 / T21), so the
//! masked strings are used literally here: they are the real inputs.
//!
//! Deliberately NOT used (spec/docs/NOTES.md, T21): the v3 chapter's "final output URL"
//! (`Signature=EliP9YW…`, a v1 signature computed with different `…EXAMPLE`
//! credentials) and the request-structure examples (`5da7a33f…`,
//! `582c400e…`, `37ac2f4f…`), which are illustrative.

use sha2::{Digest, Sha256};
use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, ReceivedV1Request, SignatureMethod, Tc3Params, Tc3Request,
    V1Params, V1Request, Verifier, sign_tc3, sign_v1,
};

const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3*******";

fn credentials() -> Credentials {
    Credentials::new(SECRET_ID, SECRET_KEY)
}

mod v3 {
    use super::*;

    const HOST: &str = "cvm.tencentcloudapi.com";
    const CONTENT_TYPE: &str = "application/json; charset=utf-8";
    const BODY: &[u8] =
        br#"{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}"#;
    const TIMESTAMP: u64 = 1_551_113_065;

    /// docs line 1619 (truncated in the table at 1605).
    const PAYLOAD_HASH: &str = "99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907";
    /// docs line 1678 (truncated at 1655).
    const HASHED_CANONICAL_REQUEST: &str =
        "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a";
    /// docs line 1733 (also split over 1510-1512, 1739-1741, 1749-1751).
    const SIGNATURE: &str = "c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff";

    fn request() -> Tc3Request<'static> {
        Tc3Request::new("POST", HOST, CONTENT_TYPE, BODY)
    }

    fn params() -> Tc3Params<'static> {
        Tc3Params::new("cvm", "DescribeInstances", "2017-03-12", TIMESTAMP)
            .with_region("ap-guangzhou")
    }

    fn sha256_hex(bytes: &[u8]) -> String {
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn payload_hash() {
        assert_eq!(sha256_hex(BODY), PAYLOAD_HASH);
    }

    #[test]
    fn canonical_request() {
        // Lines 1609-1619 of the docs, with the two lines the text dump drops
        // restored: the empty CanonicalQueryString and the empty line that
        // ends CanonicalHeaders (spec/docs/NOTES.md, §5).
        let expected = "POST\n\
                        /\n\
                        \n\
                        content-type:application/json; charset=utf-8\n\
                        host:cvm.tencentcloudapi.com\n\
                        \n\
                        content-type;host\n\
                        99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907";
        let canonical = request().canonical_request().unwrap();
        assert_eq!(canonical, expected);
        assert_eq!(sha256_hex(canonical.as_bytes()), HASHED_CANONICAL_REQUEST);
    }

    #[test]
    fn string_to_sign() {
        // Docs lines 1672-1678.
        let expected = format!(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n{HASHED_CANONICAL_REQUEST}"
        );
        assert_eq!(request().string_to_sign(&params()).unwrap(), expected);
    }

    #[test]
    fn signature_and_authorization() {
        let credentials = credentials();
        let signed = sign_tc3(&request(), &params(), &credentials).unwrap();
        assert_eq!(signed.signature(), SIGNATURE);
        // Docs lines 1737-1741 (wrapped there).
        assert_eq!(
            signed.authorization(),
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/\
             tc3_request, SignedHeaders=content-type;host, Signature=\
             c492e8e41437e97a620b728c301bb8d17e7dc0c17eeabce80c20cd70fc3a78ff"
        );
        // The finished request of docs lines 1745-1764.
        let headers: Vec<_> = signed.headers().collect();
        assert_eq!(
            headers,
            [
                ("Authorization", signed.authorization()),
                ("X-TC-Action", "DescribeInstances"),
                ("X-TC-Version", "2017-03-12"),
                ("X-TC-Timestamp", "1551113065"),
                ("X-TC-Region", "ap-guangzhou"),
            ]
        );
    }

    #[test]
    fn signature_is_the_same_when_the_key_cache_is_warm() {
        let credentials = credentials();
        for _ in 0..3 {
            let signed = sign_tc3(&request(), &params(), &credentials).unwrap();
            assert_eq!(signed.signature(), SIGNATURE);
        }
    }

    #[test]
    fn the_documented_request_verifies() {
        // The curl request of docs lines 1505-1523, as a server receives it.
        let authorization = format!(
            "TC3-HMAC-SHA256 Credential={SECRET_ID}/2019-02-25/cvm/tc3_request, \
             SignedHeaders=content-type;host, Signature={SIGNATURE}"
        );
        let headers = [
            ("Authorization", authorization.as_str()),
            ("Content-Type", CONTENT_TYPE),
            ("Host", HOST),
            ("X-TC-Action", "DescribeInstances"),
            ("X-TC-Timestamp", "1551113065"),
            ("X-TC-Version", "2017-03-12"),
            ("X-TC-Region", "ap-guangzhou"),
        ];
        let verified = Verifier::new(credentials(), "cvm")
            .verify_tc3(
                &ReceivedTc3Request::new("POST", &headers, BODY),
                TIMESTAMP + 10,
            )
            .unwrap();
        assert_eq!(verified.secret_id, SECRET_ID);
        assert_eq!(verified.timestamp, TIMESTAMP);
        assert_eq!(verified.action.as_deref(), Some("DescribeInstances"));
        assert_eq!(verified.version.as_deref(), Some("2017-03-12"));
        assert_eq!(verified.region.as_deref(), Some("ap-guangzhou"));
    }
}

mod v1 {
    use super::*;

    const HOST: &str = "cvm.tencentcloudapi.com";
    const TIMESTAMP: u64 = 1_465_185_768;
    const PARAMS: [(&str, &str); 3] = [
        ("InstanceIds.0", "ins-09dx96dg"),
        ("Limit", "20"),
        ("Offset", "0"),
    ];

    fn common() -> V1Params<'static> {
        V1Params::new("DescribeInstances", "2017-03-12", TIMESTAMP, 11_886)
            .with_region("ap-guangzhou")
            .with_signature_method(SignatureMethod::HmacSha1)
    }

    #[test]
    fn source_string() {
        // Docs lines 3414-3418 (wrapped there).
        let expected = "GETcvm.tencentcloudapi.com/?Action=DescribeInstances\
                        &InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0\
                        &Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******\
                        &Timestamp=1465185768&Version=2017-03-12";
        let source = V1Request::get(HOST, &PARAMS)
            .source_string(&common(), &credentials())
            .unwrap();
        assert_eq!(source, expected);
    }

    #[test]
    fn signature_and_encoded_params() {
        let credentials = credentials();
        let signed = sign_v1(&V1Request::get(HOST, &PARAMS), &common(), &credentials).unwrap();
        // Docs line 3442.
        assert_eq!(signed.signature(), "zmmjn35mikh6pM3V7sUEuX4wyYM=");
        // Docs line 3452: the URL-encoded signature.
        assert!(
            signed
                .encoded_params()
                .contains("&Signature=zmmjn35mikh6pM3V7sUEuX4wyYM%3D&")
        );
        // The final URL of docs lines 3505-3512. The docs print the masked
        // SecretId's asterisks raw; RFC 3986 (which the chapter requires for
        // every value) encodes '*' as %2A, so compare with that undone.
        assert_eq!(
            signed.encoded_params().replace("%2A", "*"),
            "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886\
             &Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******\
             &Signature=zmmjn35mikh6pM3V7sUEuX4wyYM%3D&Timestamp=1465185768&Version=2017-03-12"
        );
    }

    #[test]
    fn the_documented_request_verifies() {
        let received = [
            ("Action", "DescribeInstances"),
            ("InstanceIds.0", "ins-09dx96dg"),
            ("Limit", "20"),
            ("Nonce", "11886"),
            ("Offset", "0"),
            ("Region", "ap-guangzhou"),
            ("SecretId", SECRET_ID),
            ("Signature", "zmmjn35mikh6pM3V7sUEuX4wyYM="),
            ("Timestamp", "1465185768"),
            ("Version", "2017-03-12"),
        ];
        let verified = Verifier::new(credentials(), "cvm")
            .verify_v1(&ReceivedV1Request::new("GET", HOST, &received), TIMESTAMP)
            .unwrap();
        assert_eq!(verified.secret_id, SECRET_ID);
        assert_eq!(verified.signature_method.as_str(), "HmacSHA1");
        assert_eq!(verified.action.as_deref(), Some("DescribeInstances"));
    }
}
