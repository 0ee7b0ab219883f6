//! Extraction speed: the whole documentation (34,691 lines) to a spec, and to its canonical JSON.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use ecm_codegen::extract::{self, DOCS_PATH, OVERRIDES_PATH};

fn read(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(path)).expect("vendored file")
}

fn bench_extract(c: &mut Criterion) {
    let docs = read(DOCS_PATH);
    let overrides = read(OVERRIDES_PATH);
    c.bench_function("extract docs to spec", |b| {
        b.iter(|| extract::extract(black_box(&docs), black_box(&overrides)).expect("extracts"))
    });
    c.bench_function("extract docs to canonical JSON", |b| {
        b.iter(|| {
            extract::extract(black_box(&docs), black_box(&overrides))
                .expect("extracts")
                .to_canonical_json()
        })
    });
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
