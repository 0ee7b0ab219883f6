//! Every query-form input example of the documentation (123 in `spec/ecm.json`), decoded into
//! its generated request type, flattens to the `Name=value` parameters the documentation
//! prints (`input_params`): the GET/v1 encoding of a request reproduces the documented one.
//!
//! The printed parameters are compared after documented normalisations only (see
//! [`Normalisation`]); each one is counted, so a new documentation quirk fails the test rather
//! than being normalised away silently.

use std::collections::BTreeMap;

use ecm_spec::{ExampleInputForm, Spec};
use serde::de::DeserializeOwned;

use super::to_params;
use crate::action::Action;
use ecm_sdk_model::actions::{ActionVisitor, visit_every_action};

/// A difference between the printed parameters and a request's flattening that the
/// documentation explains, and which the comparison therefore removes.
///
/// Other quirks of the printed examples (spec/docs/NOTES.md, T20) need no normalisation, because the spec
/// keeps their values as printed on both sides and the flattening is compared before
/// percent-encoding: literal quotes (`InstanceType="SN3ne.LARGE8"`) and `TRUE`/`FALSE` are
/// the values of `String` parameters, kept verbatim; unencoded spaces
/// (`ModuleName=Video parsing module`) are the value itself, which the wire encoding
/// escapes later. [`verbatim_quirks_survive_flattening`] checks those survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Normalisation {
    /// A common parameter passed explicitly among the action's parameters
    /// (`&Version=2019-07-19` in ModifySecurityGroupAttribute and DeleteSecurityGroup). The
    /// runtime sends common parameters itself, so a request never carries them: the printed
    /// pair is dropped.
    ExplicitCommonParameter,
}

/// How often each normalisation applies to today's documentation.
const EXPECTED_NORMALISATIONS: &[(Normalisation, usize)] =
    &[(Normalisation::ExplicitCommonParameter, 2)];

struct Check<'s> {
    spec: &'s Spec,
    common: Vec<&'s str>,
    actions: usize,
    examples: usize,
    normalised: BTreeMap<Normalisation, usize>,
    failures: Vec<String>,
}

impl Check<'_> {
    /// The printed parameters of an example, normalised.
    fn documented(&mut self, printed: &[(String, String)]) -> Vec<(String, String)> {
        let mut pairs = Vec::with_capacity(printed.len());
        for (name, value) in printed {
            if self.common.contains(&name.as_str()) {
                *self
                    .normalised
                    .entry(Normalisation::ExplicitCommonParameter)
                    .or_default() += 1;
                continue;
            }
            pairs.push((name.clone(), value.clone()));
        }
        pairs
    }
}

impl ActionVisitor for Check<'_> {
    fn visit<A: Action + DeserializeOwned>(&mut self) {
        let name = A::META.name;
        self.actions += 1;
        let Some(action) = self.spec.action(name) else {
            self.failures.push(format!("{name}: not in the spec"));
            return;
        };
        let query_examples = action
            .examples
            .iter()
            .enumerate()
            .filter(|(_, example)| example.input_form == ExampleInputForm::Query);
        for (index, example) in query_examples {
            self.examples += 1;
            let label = format!("{name} example {}", index + 1);
            let request: A = match serde_json::from_value(example.input.clone()) {
                Ok(request) => request,
                Err(error) => {
                    self.failures
                        .push(format!("{label}: input does not decode: {error}"));
                    continue;
                }
            };
            let mut flattened = match to_params(&request) {
                Ok(params) => params,
                Err(error) => {
                    self.failures
                        .push(format!("{label}: does not flatten: {error}"));
                    continue;
                }
            };
            let mut documented = self.documented(&example.input_params);
            // Order-insensitive: the flattening follows the parameter table's order, which is
            // how requests serialise, while examples print parameters in any order (e.g.
            // TerminateInstances prints `TerminateDelay` before `InstanceIdSet.0`). Names are
            // unique, so sorting loses nothing else.
            flattened.sort();
            documented.sort();
            if flattened != documented {
                self.failures.push(format!(
                    "{label}: flattens to {flattened:?}, documented {documented:?}"
                ));
            }
        }
    }
}

#[test]
fn every_query_example_flattens_to_its_documented_parameters() {
    let spec = Spec::embedded().expect("spec/ecm.json parses");
    let mut check = Check {
        spec: &spec,
        common: spec
            .service
            .common_params_v1
            .iter()
            .map(|param| param.name.as_str())
            .collect(),
        actions: 0,
        examples: 0,
        normalised: BTreeMap::new(),
        failures: Vec::new(),
    };
    visit_every_action(&mut check);

    assert_eq!(check.actions, spec.actions.len(), "every action is visited");
    let query_examples = spec
        .actions
        .iter()
        .flat_map(|action| &action.examples)
        .filter(|example| example.input_form == ExampleInputForm::Query)
        .count();
    assert_eq!((check.examples, query_examples), (123, 123));
    assert!(
        check.failures.is_empty(),
        "{} of {} examples differ:\n{}",
        check.failures.len(),
        check.examples,
        check.failures.join("\n")
    );
    let expected: BTreeMap<Normalisation, usize> =
        EXPECTED_NORMALISATIONS.iter().copied().collect();
    assert_eq!(
        check.normalised, expected,
        "normalisations applied; a new one is a new documentation quirk to explain"
    );
}

/// The printed quirks compared verbatim (see [`Normalisation`]) come out of the flattening
/// byte for byte.
#[test]
fn verbatim_quirks_survive_flattening() {
    use crate::actions::{
        CreateImageRequest, DescribePriceRunInstanceRequest, ModifyModuleNameRequest,
    };

    let spec = Spec::embedded().expect("spec/ecm.json parses");
    let input = |action: &str| {
        spec.action(action).expect("documented").examples[0]
            .input
            .clone()
    };
    let pair = |name: &str, value: &str| (name.to_owned(), value.to_owned());

    let request: DescribePriceRunInstanceRequest =
        serde_json::from_value(input("DescribePriceRunInstance")).unwrap();
    let params = to_params(&request).unwrap();
    assert!(
        params.contains(&pair("InstanceType", "\"SN3ne.LARGE8\"")),
        "{params:?}"
    );
    assert!(
        params.contains(&pair("SystemDisk.DiskType", "\"234\"")),
        "{params:?}"
    );

    let request: CreateImageRequest = serde_json::from_value(input("CreateImage")).unwrap();
    assert!(
        to_params(&request)
            .unwrap()
            .contains(&pair("ForcePoweroff", "TRUE"))
    );

    let request: ModifyModuleNameRequest =
        serde_json::from_value(input("ModifyModuleName")).unwrap();
    assert!(
        to_params(&request)
            .unwrap()
            .contains(&pair("ModuleName", "Video parsing module"))
    );
}
