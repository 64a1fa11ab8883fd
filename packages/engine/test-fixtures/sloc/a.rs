//! crate doc
/// item doc
fn main() {
    /* block */
    let s = "// no";
}
