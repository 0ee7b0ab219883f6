//! No secret reaches `Debug`: every request and response type of the API, filled from the
//! spec with a distinct sentinel in every field, prints none of the sentinels of its
//! sensitive fields (passwords, user data, private keys, secret keys, tokens) — and does
//! print the others, so the check cannot pass by printing nothing.

use ecm_spec::{Field, Primitive, TypeRef};
use ecm_tests::docs::spec;
use ecm_tests::registry::typed_action;
use serde_json::{Map, Value};

/// The documented fields whose values are secrets (the generator's rule: these wire names,
/// or a name ending in `Password`).
fn is_sensitive(wire_name: &str) -> bool {
    ["Password", "UserData", "PrivateKey", "SecretKey", "Token"].contains(&wire_name)
        || wire_name.ends_with("Password")
}

#[derive(Default)]
struct Sentinels {
    next: usize,
    secret: Vec<String>,
    public: Vec<String>,
}

impl Sentinels {
    fn value(&mut self, ty: &TypeRef, sensitive: bool, depth: usize) -> Value {
        match ty {
            TypeRef::Primitive(Primitive::Integer) => Value::from(7),
            TypeRef::Primitive(Primitive::Float) => Value::from(0.5),
            TypeRef::Primitive(Primitive::Boolean) => Value::from(true),
            TypeRef::Primitive(_) => {
                self.next += 1;
                let text = if sensitive {
                    format!("SECRET-SENTINEL-{}", self.next)
                } else {
                    format!("public-sentinel-{}", self.next)
                };
                if sensitive {
                    self.secret.push(text.clone());
                } else {
                    self.public.push(text.clone());
                }
                Value::String(text)
            }
            TypeRef::Array(inner) => Value::Array(vec![self.value(inner, sensitive, depth)]),
            TypeRef::Struct(name) => {
                let data_type = spec()
                    .data_types
                    .iter()
                    .find(|data_type| &data_type.name == name)
                    .unwrap_or_else(|| panic!("data type {name}"));
                if depth > 4 {
                    return Value::Object(Map::new());
                }
                self.object(&data_type.members, depth + 1)
            }
        }
    }

    fn object(&mut self, fields: &[Field], depth: usize) -> Value {
        let mut object = Map::new();
        for field in fields {
            let value = self.value(&field.ty, is_sensitive(&field.name), depth);
            object.insert(field.name.clone(), value);
        }
        Value::Object(object)
    }
}

fn assert_redacted(what: &str, printed: &str, sentinels: &Sentinels) {
    for secret in &sentinels.secret {
        assert!(
            !printed.contains(secret.as_str()),
            "{what} prints {secret}:\n{printed}"
        );
    }
    for public in &sentinels.public {
        assert!(
            printed.contains(public.as_str()),
            "{what} hides {public}:\n{printed}"
        );
    }
}

#[test]
fn no_request_or_response_type_prints_a_sensitive_field() {
    let mut sensitive_requests = Vec::new();
    let mut secrets = 0;
    for action in &spec().actions {
        let typed = typed_action(&action.name).expect("every action is in the registry");

        let mut sentinels = Sentinels::default();
        let input = sentinels.object(&action.inputs, 0);
        let printed = typed.debug_request(input).unwrap();
        assert_redacted(&format!("{}Request", action.name), &printed, &sentinels);
        if !sentinels.secret.is_empty() {
            sensitive_requests.push(action.name.as_str());
            secrets += sentinels.secret.len();
        }

        let mut sentinels = Sentinels::default();
        let output = sentinels.object(&action.outputs, 0);
        let printed = typed.debug_response(output).unwrap();
        assert_redacted(&format!("{}Response", action.name), &printed, &sentinels);
        secrets += sentinels.secret.len();
    }
    // The documentation's secrets: passwords of RunInstances, ResetInstances and
    // ResetInstancesPassword, UserData of RunInstances (and of modules), the private key
    // that CreateKeyPair returns.
    for action in ["RunInstances", "ResetInstances", "ResetInstancesPassword"] {
        assert!(
            sensitive_requests.contains(&action),
            "{sensitive_requests:?}"
        );
    }
    assert!(secrets >= 5, "{secrets}");
}
