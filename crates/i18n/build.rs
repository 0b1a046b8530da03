//! Rebuilds the crate when a catalogue changes: the catalogues are compiled in, and a new
//! `.ftl` file is not something the compiler itself would notice.

fn main() {
    println!("cargo::rerun-if-changed=locales");
}
