//! Generation speed: the checked-in spec (124 actions, 99 data structures, 202 error codes) to
//! the formatted files of `ecm-sdk-model/src/generated/` and `ecm-sdk/src/generated/`, and the `--check` comparison with disk.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use ecm_codegen::generate::{check_generated, generate};
use ecm_spec::Spec;

fn bench_generate(c: &mut Criterion) {
    let spec = Spec::embedded().expect("spec/ecm.json parses");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    c.bench_function("generate the SDK surface from the spec", |b| {
        b.iter(|| generate(black_box(&spec)).expect("generates"))
    });
    c.bench_function(
        "parse spec/ecm.json, generate and check against disk",
        |b| {
            b.iter(|| {
                let spec = Spec::embedded().expect("parses");
                let files = generate(&spec).expect("generates");
                check_generated(&root, &files).expect("reads the checkout")
            })
        },
    );
}

criterion_group!(benches, bench_generate);
criterion_main!(benches);
